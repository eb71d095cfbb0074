import { fileTypeFromFile } from 'file-type';
import { DOCUMENT_EXTENSIONS, QUESTIONNAIRE_EXTENSIONS, extensionOf } from '../../contract/files';
import { UploadError } from './errors';

export type UploadKind = 'document' | 'questionnaire';

/** What file-type must report for each allowed extension (legacy .doc is an OLE compound file: 'cfb'). */
const EXPECTED: Record<string, { detected: string; contentType: string }> = {
  pdf: { detected: 'pdf', contentType: 'application/pdf' },
  png: { detected: 'png', contentType: 'image/png' },
  gif: { detected: 'gif', contentType: 'image/gif' },
  jpg: { detected: 'jpg', contentType: 'image/jpeg' },
  jpeg: { detected: 'jpg', contentType: 'image/jpeg' },
  doc: { detected: 'cfb', contentType: 'application/msword' },
  docx: {
    detected: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    detected: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    detected: 'pptx',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { detected: 'odt', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { detected: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { detected: 'odp', contentType: 'application/vnd.oasis.opendocument.presentation' },
};

export function allowedExtensions(kind: UploadKind): readonly string[] {
  return kind === 'document' ? DOCUMENT_EXTENSIONS : QUESTIONNAIRE_EXTENSIONS;
}

/** Refuses a name whose extension is not allowed for this kind of upload (checked before any byte is stored). */
export function checkExtension(fileName: string, kind: UploadKind): string {
  const ext = extensionOf(fileName);
  if (!allowedExtensions(kind).includes(ext)) {
    throw new UploadError(
      'type-not-allowed',
      `${fileName}: this file type is not allowed (allowed: ${allowedExtensions(kind).join(', ')})`,
    );
  }
  return ext;
}

/**
 * Text that a spreadsheet could have exported: no NUL byte, and valid UTF-8 or a single-byte encoding without
 * control characters other than tab, CR, LF and form feed. `head` may end in the middle of a UTF-8 sequence.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(head));
    return true;
  } catch {
    return head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c);
  }
}

function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  // Drop at most 3 trailing bytes of a sequence cut by the sample's end.
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/**
 * The content type of a stored temp file, from its bytes, or an UploadError (415) when the bytes are not what the
 * extension says. `head` is the first bytes (up to 4100) seen while streaming.
 */
export async function detectContentType(filePath: string, fileName: string, ext: string, head: Uint8Array) {
  const found = await fileTypeFromFile(filePath);
  if (ext === 'csv') {
    if (found === undefined && looksLikeText(head)) return 'text/csv';
  } else {
    const expected = EXPECTED[ext];
    if (expected && found?.ext === expected.detected) return expected.contentType;
  }
  throw new UploadError(
    'content-mismatch',
    `${fileName}: the file's content does not match its .${ext} extension`,
  );
}
