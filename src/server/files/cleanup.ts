import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureStoreDirs, filesDir, tmpDir } from './stage';

export interface CleanupSummary {
  /** Partial uploads removed from tmp/ (left by a crash or a kill mid-upload). */
  removedTemp: number;
  /** Files in files/ that no row names: a crash between rename and commit. Removed only with removeOrphans. */
  orphans: string[];
  removedOrphans: number;
  /** Rows whose file is gone (the DB says so, the disk does not): worth a log line. */
  missing: string[];
}

/** Start-up housekeeping of `${dataDir}/tmp` and `${dataDir}/files`. Call before the server listens. */
export async function cleanupStore(
  dataDir: string,
  knownStoredNames: Set<string>,
  opts: { removeOrphans?: boolean } = {},
): Promise<CleanupSummary> {
  await ensureStoreDirs(dataDir);
  const temps = await readdir(tmpDir(dataDir));
  for (const name of temps) await rm(join(tmpDir(dataDir), name), { force: true, recursive: true });
  const stored = new Set(await readdir(filesDir(dataDir)));
  const orphans = [...stored].filter((name) => !knownStoredNames.has(name)).sort();
  if (opts.removeOrphans)
    for (const name of orphans) await rm(join(filesDir(dataDir), name), { force: true });
  const missing = [...knownStoredNames].filter((name) => !stored.has(name)).sort();
  return {
    removedTemp: temps.length,
    orphans,
    removedOrphans: opts.removeOrphans ? orphans.length : 0,
    missing,
  };
}
