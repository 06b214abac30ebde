/** The app's IndexedDB database (kept apart from the library so a first read needs none). */
export const DATABASE_NAME = 'local-safety-audit';
