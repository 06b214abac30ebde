import { attachAnswerJournal, deviceJournalStore } from '../storage/answer-journal';
import { AuditDatabase } from '../storage/database';
import { attachPlanJournal } from '../storage/plan-journal';

/** The one database of the app, loaded on first ask (database.ts). */
export const database = new AuditDatabase();
// Answers cut off by a closed page are written back before anything reads.
attachAnswerJournal(database, deviceJournalStore());
// So are plans (plan-journal.ts).
attachPlanJournal(database, deviceJournalStore());
// It opens on its first query, not here: a questionnaire's deep link reads its first screen
// without the library (first-read.ts), and an open started here ran its callbacks while that
// screen waited for the main thread (first question usable, 300 questions: 167.6 -> 158.5 ms
// median in an A/B of 14 loads each).
