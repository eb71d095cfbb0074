import { immediate, type Db } from '../store/db';
import { commitStaged, discardStaged, removeStored, type StagedUpload } from './stage';

export interface StoredUpload extends StagedUpload {
  /** The file's name in `files/` (ours, random). */
  storedName: string;
}

/** The columns a stored file fills in its row (a document, a questionnaire's file): one mapping for all. */
export function fileColumns(file: StoredUpload) {
  return {
    name: file.originalName,
    storedName: file.storedName,
    size: file.size,
    contentType: file.contentType,
    sha256: file.sha256,
  };
}

/**
 * Makes staged files visible together with their rows, or not at all: each file is renamed into `files/` and
 * flushed first, then `record` writes the rows in one BEGIN IMMEDIATE transaction. If anything fails, the
 * transaction has rolled back and the stored files are removed again. A crash between rename and commit leaves
 * files no row names: start-up cleanup removes them (cleanupStore with removeOrphans).
 */
export async function storeThenRecord<T>(
  db: Db,
  staged: StagedUpload[],
  record: (stored: StoredUpload[]) => T,
): Promise<T> {
  const stored: StoredUpload[] = [];
  try {
    for (const file of staged) stored.push({ ...file, storedName: await commitStaged(file) });
    return immediate(db, () => record(stored));
  } catch (e) {
    await Promise.all(stored.map((file) => removeStored(file.dataDir, file.storedName)));
    // Files not committed yet are still in tmp/ (discarding a committed one is a no-op).
    await Promise.all(staged.map(discardStaged));
    throw e;
  }
}
