import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** A fresh data dir per test, removed afterwards by the returned function. */
export async function tempDataDir(): Promise<{ dataDir: string; remove: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'soc-files-'));
  return { dataDir, remove: () => rm(dataDir, { recursive: true, force: true }) };
}

/** The bytes as a stream in chunks of `chunkSize`, like a multipart part arrives. */
export function streamOf(bytes: Buffer, chunkSize = 1000): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

export async function listStore(dataDir: string): Promise<{ tmp: string[]; files: string[] }> {
  const list = (dir: string) => readdir(join(dataDir, dir)).catch(() => [] as string[]);
  return { tmp: await list('tmp'), files: await list('files') };
}
