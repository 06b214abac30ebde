import { lazyDatabase } from '../storage/database-source';

/**
 * The one database of the app; screens reach it through storage hooks only. Its library
 * loads on first ask (open-database.ts): at once on most screens (main.ts), after the first
 * question on a questionnaire's deep link, which shows its first screen without it.
 */
export const databaseSource = lazyDatabase(() => import('./open-database').then((m) => m.database));
