import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { AuditDatabase, SCHEMA_VERSIONS } from '../../src/storage/database';

/**
 * Opens a database as an older app version would (only the first `version` schema files),
 * lets `seed` write data the old way, and closes it; then opens it with the current
 * schema, running every upgrade in between. Use it for each new schema version N: seed
 * with version N-1 and check what version N made of the data.
 */
export async function upgradeFrom(
  version: number,
  seed: (db: Dexie) => Promise<void>,
  name = `upgrade-${version}-${Math.random().toString(36).slice(2)}`,
): Promise<AuditDatabase> {
  if (version < 1 || version > SCHEMA_VERSIONS.length) throw new Error(`no schema version ${version}`);
  const old = new Dexie(name);
  for (const define of SCHEMA_VERSIONS.slice(0, version)) define(old);
  await old.open();
  await seed(old);
  old.close();
  const current = new AuditDatabase(name);
  await current.open();
  return current;
}
