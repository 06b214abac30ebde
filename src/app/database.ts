import { attachAnswerJournal, deviceJournalStore } from '../storage/answer-journal';
import { AuditDatabase } from '../storage/database';

/** The one database of the app; screens reach it through storage hooks only. */
export const database = new AuditDatabase();
// Answers cut off by a closed page are written back before anything reads.
attachAnswerJournal(database, deviceJournalStore());

// Open at once, while React starts, rather than on the first query.
void database.open().catch(() => undefined);
