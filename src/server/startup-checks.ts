import { mkdir, open, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanupStore } from './files/cleanup';
import { filesDir } from './files/stage';
import type { Db } from './store/db';
import { knownStoredNames } from './store/documents';

/*
 * Run before the server listens (main.ts): is the database sound, and do the file store and the database agree?
 * A kill can leave a partial upload in tmp/ (never acknowledged: removed) or a file renamed into files/ whose
 * row never committed (never acknowledged either: moved aside to orphans/, not deleted, so nothing is lost if
 * that judgement is ever wrong). A row whose file is gone is reported, never deleted: the row is evidence.
 */
export interface StartupReport {
  removedTemp: number;
  /** Stored names moved from files/ to orphans/. */
  orphansMoved: string[];
  /** Stored names the database holds without a file. */
  missing: string[];
}

export class StartupCheckError extends Error {}

export const orphansDir = (dataDir: string) => join(dataDir, 'orphans');

/** PRAGMA quick_check: refuse to start on a damaged database rather than serve (and write to) it. */
export function checkDatabase(db: Db): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('\n  ');
    throw new StartupCheckError(
      `The database failed its integrity check (PRAGMA quick_check):\n  ${shown}\n` +
        'Stop here and restore the data folder from a backup; the server will not start on a damaged database.',
    );
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Flushes a folder's entries (renames into or out of it) to disk. */
async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function moveAside(dataDir: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const target = orphansDir(dataDir);
  await mkdir(target, { recursive: true, mode: 0o700 });
  for (const name of names) {
    // A name moved aside by an earlier start keeps its copy: the newcomer gets a suffix.
    const dest = (await exists(join(target, name)))
      ? join(target, `${name}.${Date.now()}`)
      : join(target, name);
    await rename(join(filesDir(dataDir), name), dest);
  }
  await syncDir(target);
  await syncDir(filesDir(dataDir));
}

/** The file store against the database's stored names: temp leftovers removed, orphans moved aside. */
export async function checkFileStore(db: Db, dataDir: string): Promise<StartupReport> {
  const summary = await cleanupStore(dataDir, knownStoredNames(db), { removeOrphans: false });
  await moveAside(dataDir, summary.orphans);
  return { removedTemp: summary.removedTemp, orphansMoved: summary.orphans, missing: summary.missing };
}

export async function runStartupChecks(db: Db, dataDir: string): Promise<StartupReport> {
  checkDatabase(db);
  return checkFileStore(db, dataDir);
}

export function summaryLine(report: StartupReport): string {
  return (
    `start-up check: database ok; files: ${report.removedTemp} temp removed, ` +
    `${report.orphansMoved.length} orphans moved, ${report.missing.length} missing`
  );
}
