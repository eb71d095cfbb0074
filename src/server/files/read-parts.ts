import type { FastifyRequest } from 'fastify';
import type { FieldError } from '../../contract/errors';
import { badRequest, HttpError } from '../http/errors';
import { UnreadableBody } from '../http/validate';
import { isUploadError } from './errors';
import type { UploadKind } from './sniff';
import { discardStaged, stageUpload, type StagedUpload } from './stage';

export interface ReadOptions {
  dataDir: string;
  kind: UploadKind;
  /** The multipart name of the file part(s): `file` (operations 4, 14) or `files` (7, 9). */
  fileField: 'file' | 'files';
  maxFiles: number;
  maxBytes: number;
}

export interface ReadUpload<T> {
  fields: T;
  files: StagedUpload[];
}

/** busboy's limits on fields and parts (its file limits are 413s, below). */
const FIELD_LIMIT_CODES = new Set(['FST_FIELDS_LIMIT', 'FST_PARTS_LIMIT']);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** What a failure while reading the body becomes for the caller (413 / 400), or the error itself (500). */
function refusalOf(error: unknown, opts: ReadOptions): unknown {
  const code = codeOf(error);
  if (code === 'FST_FILES_LIMIT') {
    const message = `At most ${opts.maxFiles} file${opts.maxFiles === 1 ? '' : 's'} per request`;
    return new HttpError(413, { errors: [{ path: opts.fileField, message }] });
  }
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new HttpError(413, { errors: [{ path: opts.fileField, message: 'The file is too large' }] });
  if (code && FIELD_LIMIT_CODES.has(code))
    return badRequest([{ path: '', message: 'Too many fields in the form' }]);
  if (code?.startsWith('FST_') || (error instanceof Error && /multipart|boundary/i.test(error.message)))
    return badRequest([{ path: '', message: 'The multipart body could not be read' }]);
  return error;
}

/**
 * Reads a multipart upload part by part: each file part is streamed into `tmp/` (stageUpload), text fields are
 * collected, whatever their order. After a refused file the rest of the body is still drained, so the client
 * reads our answer instead of a reset connection. Fields are validated once everything is read; then the first
 * refused file (413/415/400) counts. On any failure every staged file is discarded: nothing of the upload stays.
 */
export async function readUpload<T>(
  request: FastifyRequest,
  opts: ReadOptions,
  parseFields: (fields: Record<string, string>) => T,
): Promise<ReadUpload<T>> {
  if (!request.isMultipart()) {
    const wasJson = !(request.body instanceof UnreadableBody) || request.body.reason === 'json';
    throw badRequest([
      { path: '', message: `The body must be multipart/form-data${wasJson ? ', not JSON' : ''}` },
    ]);
  }
  const staged: StagedUpload[] = [];
  const fields: Record<string, string> = {};
  const fieldErrors: FieldError[] = [];
  let fileProblem: HttpError | null = null;
  try {
    try {
      for await (const part of request.parts({ limits: { files: opts.maxFiles } })) {
        if (part.type === 'field') {
          if (part.fieldnameTruncated || part.valueTruncated)
            fieldErrors.push({ path: part.fieldname, message: 'This field is too long' });
          else if (part.fieldname in fields)
            fieldErrors.push({ path: part.fieldname, message: 'Given more than once' });
          else fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
          continue;
        }
        if (part.fieldname !== opts.fileField || fileProblem) {
          if (part.fieldname !== opts.fileField)
            fieldErrors.push({ path: part.fieldname, message: 'Unknown property' });
          part.file.resume(); // drain: nothing of it is kept
          continue;
        }
        try {
          staged.push(
            await stageUpload(part.file, {
              dataDir: opts.dataDir,
              kind: opts.kind,
              fileName: part.filename,
              maxBytes: opts.maxBytes,
            }),
          );
        } catch (e) {
          if (!isUploadError(e)) throw e;
          fileProblem = new HttpError(e.status, { errors: [{ path: opts.fileField, message: e.detail }] });
        }
      }
    } catch (e) {
      // busboy reports a truncated file once more at the end: the stage already refused it, with more detail.
      if (!(fileProblem && codeOf(e) === 'FST_REQ_FILE_TOO_LARGE')) throw refusalOf(e, opts);
    }
    // API.md's order: a 400 for the fields before a 413/415 for the file.
    if (fieldErrors.length > 0) throw badRequest(fieldErrors);
    const parsed = parseFields(fields);
    if (fileProblem) throw fileProblem;
    if (staged.length === 0) throw badRequest([{ path: opts.fileField, message: 'Attach a file to upload' }]);
    return { fields: parsed, files: staged };
  } catch (e) {
    await Promise.all(staged.map(discardStaged));
    throw e;
  }
}
