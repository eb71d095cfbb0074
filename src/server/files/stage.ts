import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { cleanFileName } from '../../contract/files';
import { UploadError } from './errors';
import { checkExtension, detectContentType, type UploadKind } from './sniff';

/** A file written completely and flushed to `tmp/`, not yet visible: commit it or discard it. */
export interface StagedUpload {
  dataDir: string;
  tempPath: string;
  size: number;
  contentType: string;
  /** The user's name, cleaned of path parts and control characters: metadata only, never a path. */
  originalName: string;
  /** Hex SHA-256 of the bytes, computed while streaming (kept with the row for integrity checks). */
  sha256: string;
}

export interface StageOptions {
  dataDir: string;
  kind: UploadKind;
  /** The name the client sent (multipart `filename`). */
  fileName: string;
  /** Per-file limit in bytes (MAX_UPLOAD_MB × 1 MiB). */
  maxBytes: number;
}

const HEAD_BYTES = 4100;
/** Stored names are ours: 32 hex characters, nothing the user chose. */
export const STORED_NAME = /^[0-9a-f]{32}$/;

export const tmpDir = (dataDir: string) => join(dataDir, 'tmp');
export const filesDir = (dataDir: string) => join(dataDir, 'files');

export async function ensureStoreDirs(dataDir: string): Promise<void> {
  await mkdir(tmpDir(dataDir), { recursive: true, mode: 0o700 });
  await mkdir(filesDir(dataDir), { recursive: true, mode: 0o700 });
}

/** A multipart file stream (busboy's) says `truncated` once it stopped at `limits.fileSize`. */
function wasTruncated(stream: Readable): boolean {
  return (stream as Readable & { truncated?: unknown }).truncated === true;
}

/**
 * Streams one uploaded file into `tmp/` (never whole in memory), counting bytes and keeping the first 4100 for
 * sniffing, then checks size and type and flushes it. Any refusal or failure removes the temp file. When the
 * extension is refused up front the stream is drained, so the rest of the multipart body can still be read.
 */
export async function stageUpload(stream: Readable, opts: StageOptions): Promise<StagedUpload> {
  const originalName = cleanFileName(opts.fileName);
  let ext: string;
  try {
    ext = checkExtension(originalName, opts.kind);
  } catch (e) {
    stream.resume();
    await finished(stream).catch(() => undefined);
    throw e;
  }
  await ensureStoreDirs(opts.dataDir);
  const tempPath = join(tmpDir(opts.dataDir), `${randomBytes(16).toString('hex')}.part`);
  let size = 0;
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headSize = 0;
  try {
    await pipeline(
      stream,
      async function* count(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > opts.maxBytes) throw tooLarge(originalName, opts.maxBytes);
          hash.update(chunk);
          if (headSize < HEAD_BYTES) {
            // A copy: a producer may reuse its chunk buffers.
            headChunks.push(Buffer.from(chunk.subarray(0, HEAD_BYTES - headSize)));
            headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
          }
          yield chunk;
        }
      },
      createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }),
    );
    if (wasTruncated(stream)) throw tooLarge(originalName, opts.maxBytes);
    if (size === 0) throw new UploadError('empty', `${originalName}: the file is empty`);
    const contentType = await detectContentType(tempPath, originalName, ext, Buffer.concat(headChunks));
    await fsyncPath(tempPath);
    return { dataDir: opts.dataDir, tempPath, size, contentType, originalName, sha256: hash.digest('hex') };
  } catch (e) {
    await rm(tempPath, { force: true });
    throw e;
  }
}

function tooLarge(name: string, maxBytes: number): UploadError {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new UploadError('too-large', `${name}: the file is larger than the limit of ${mb} MB`);
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Moves a staged file into `files/` under a new random name and flushes the folder, so the file survives a crash.
 * Commit the DB row only after this resolves; if that commit fails, call removeStored().
 */
export async function commitStaged(staged: StagedUpload): Promise<string> {
  const storedName = randomBytes(16).toString('hex');
  try {
    await rename(staged.tempPath, join(filesDir(staged.dataDir), storedName));
    await fsyncPath(filesDir(staged.dataDir));
  } catch (e) {
    await rm(staged.tempPath, { force: true });
    await rm(join(filesDir(staged.dataDir), storedName), { force: true });
    throw e;
  }
  return storedName;
}

export async function discardStaged(staged: StagedUpload): Promise<void> {
  await rm(staged.tempPath, { force: true });
}

/** The path of a stored file; throws on a name that is not one of ours (no path can be smuggled in). */
export function storedFilePath(dataDir: string, storedName: string): string {
  if (!STORED_NAME.test(storedName)) throw new Error('Not a stored file name');
  return join(filesDir(dataDir), storedName);
}

export async function removeStored(dataDir: string, storedName: string): Promise<void> {
  await rm(storedFilePath(dataDir, storedName), { force: true });
}
