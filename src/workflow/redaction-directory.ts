/**
 * The patient directory for redaction, built once and rebuilt only when patients change. Each
 * use reads one number (patient_directory_version, kept by a trigger); the names are loaded and
 * indexed again only when it moved, so a request costs what its text costs, not the directory.
 * Concurrent requests share one rebuild, which is built in slices so other requests go on.
 */
import type { Database } from '../db/client.ts';
import { patientDirectoryNames, patientDirectoryVersion } from '../ledger/index.ts';
import { buildNameIndexInSlices, type NameIndex } from '../nlu/name-index.ts';

interface Cached {
  readonly version: number;
  readonly index: Promise<NameIndex>;
}

const byDatabase = new WeakMap<Database, Cached>();

export async function redactionDirectory(db: Database): Promise<NameIndex> {
  const version = await patientDirectoryVersion(db);
  const cached = byDatabase.get(db);
  if (cached && cached.version === version) return cached.index;
  const index = patientDirectoryNames(db).then((names) => buildNameIndexInSlices(names));
  byDatabase.set(db, { version, index });
  // A failed load must not be remembered: the next request tries again.
  index.catch(() => {
    if (byDatabase.get(db)?.index === index) byDatabase.delete(db);
  });
  return index;
}
