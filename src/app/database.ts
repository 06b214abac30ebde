import { AuditDatabase } from '../storage';

/** The one database of the app; screens reach it through storage hooks only. */
export const database = new AuditDatabase();
