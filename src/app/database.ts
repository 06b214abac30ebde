import { AuditDatabase } from '../storage/database';

/** The one database of the app; screens reach it through storage hooks only. */
export const database = new AuditDatabase();

// Open at once, while React starts, rather than on the first query.
void database.open().catch(() => undefined);
