import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanupStore } from './cleanup';
import { commitStaged, stageUpload } from './stage';
import { pdf } from './test-fixtures';
import { listStore, streamOf, tempDataDir } from './test-helpers';

let dataDir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dataDir, remove } = await tempDataDir()));
afterEach(() => remove());

async function storeOne(): Promise<string> {
  const staged = await stageUpload(streamOf(pdf()), {
    dataDir,
    kind: 'document',
    fileName: 'a.pdf',
    maxBytes: 1e6,
  });
  return commitStaged(staged);
}

describe('cleanupStore', () => {
  it('removes partial uploads, reports orphans and missing files, keeps known files', async () => {
    const known = await storeOne();
    const orphan = await storeOne();
    await mkdir(join(dataDir, 'tmp'), { recursive: true });
    await writeFile(join(dataDir, 'tmp', 'crashed.part'), 'half a file');
    const summary = await cleanupStore(dataDir, new Set([known, 'f'.repeat(32)]));
    expect(summary).toEqual({
      removedTemp: 1,
      orphans: [orphan],
      removedOrphans: 0,
      missing: ['f'.repeat(32)],
    });
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [known, orphan].sort() });
  });

  it('removes orphans when asked', async () => {
    const known = await storeOne();
    await storeOne();
    const summary = await cleanupStore(dataDir, new Set([known]), { removeOrphans: true });
    expect(summary.removedOrphans).toBe(1);
    expect(await listStore(dataDir)).toEqual({ tmp: [], files: [known] });
  });

  it('creates the folders on a new data dir', async () => {
    expect(await cleanupStore(join(dataDir, 'new'), new Set())).toEqual({
      removedTemp: 0,
      orphans: [],
      removedOrphans: 0,
      missing: [],
    });
  });
});
