// Audit files: kept out of the storage barrel because they need the schema library, which
// the first screen does not load.
export { exportAuditBundle, bundleFileName } from './repositories/export-bundle';
export { importAuditBundle, type ImportMode, type ImportResult, type ImportSummary } from './repositories/import-bundle';
export { exportBackup, restoreBackup, type RestoreSummary } from './repositories/backup';
