import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../../contract/enums';
import {
  DEFAULT_MAX_UPLOAD_MB,
  DOCUMENT_EXTENSIONS,
  QUESTIONNAIRE_EXTENSIONS,
  extensionOf,
} from '../../contract/files';

/** What the dropped files are: a questionnaire (operation 9) or a vendor document of a type (operation 14). */
export type UploadTarget = { kind: 'questionnaire' } | { kind: 'document'; type: DocumentType };

export const MAX_UPLOAD_BYTES = DEFAULT_MAX_UPLOAD_MB * 1024 * 1024;

export function allowedExtensions(target: UploadTarget): readonly string[] {
  return target.kind === 'questionnaire' ? QUESTIONNAIRE_EXTENSIONS : DOCUMENT_EXTENSIONS;
}

/** Names people know, in a stable order, for the allowed extensions. */
const FAMILIES: [label: string, exts: string[]][] = [
  ['PDF', ['pdf']],
  ['Word', ['doc', 'docx']],
  ['Excel', ['xlsx']],
  ['PowerPoint', ['pptx']],
  ['OpenDocument', ['odt', 'ods', 'odp']],
  ['CSV', ['csv']],
  ['GIF', ['gif']],
  ['JPEG', ['jpg', 'jpeg']],
  ['PNG', ['png']],
];

export function allowedSummary(target: UploadTarget): string {
  const allowed = allowedExtensions(target);
  return FAMILIES.filter(([, exts]) => exts.some((e) => allowed.includes(e)))
    .map(([label]) => label)
    .join(', ');
}

/** For the file dialog's filter: `.pdf,.docx,…`. */
export function acceptAttribute(target: UploadTarget): string {
  return allowedExtensions(target)
    .map((e) => `.${e}`)
    .join(',');
}

export function targetLabel(target: UploadTarget): string {
  return target.kind === 'questionnaire' ? 'Questionnaire' : DOCUMENT_TYPE_LABELS[target.type];
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface Rejection {
  file: File;
  message: string;
}

/** The browser's check before uploading, by the server's rules (the server checks again, and the content too). */
export function checkFiles(
  files: readonly File[],
  target: UploadTarget,
  maxBytes: number = MAX_UPLOAD_BYTES,
): { accepted: File[]; rejected: Rejection[] } {
  const accepted: File[] = [];
  const rejected: Rejection[] = [];
  for (const file of files) {
    const message = problemOf(file, target, maxBytes);
    if (message) rejected.push({ file, message: `${file.name}: ${message}` });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

function problemOf(file: File, target: UploadTarget, maxBytes: number): string | null {
  if (!allowedExtensions(target).includes(extensionOf(file.name))) {
    const as = target.kind === 'questionnaire' ? ' for a questionnaire' : '';
    return `this file type is not allowed${as} (allowed: ${allowedSummary(target)})`;
  }
  if (file.size === 0) return 'the file is empty';
  if (file.size > maxBytes) {
    return `the file is too large (${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)} a file)`;
  }
  return null;
}
