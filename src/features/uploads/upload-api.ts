import { ApiError, errorMessage } from '../../api-client';
import { Questionnaire, VendorDocument } from '../../contract/files';
import { api } from '../../paths';
import { formatBytes, type UploadTarget } from './upload-rules';
import { postWithProgress, type SendOptions } from './upload-xhr';

/**
 * One file, one request: a questionnaire (operation 9, field `files`) or a document (operation 14). Text fields
 * go before the file so the server knows them before the file's bytes stream in.
 */
export function uploadFile(
  ids: { vendorId: number; reviewId: number },
  file: File,
  target: UploadTarget,
  options: SendOptions,
): Promise<Questionnaire | VendorDocument> {
  const form = new FormData();
  if (target.kind === 'questionnaire') {
    form.append('files', file, file.name);
    return postWithProgress(
      api.reviewQuestionnaires(ids.vendorId, ids.reviewId),
      form,
      Questionnaire,
      options,
    );
  }
  form.append('type', target.type);
  form.append('securityReviewId', String(ids.reviewId));
  form.append('file', file, file.name);
  return postWithProgress(api.documents(ids.vendorId), form, VendorDocument, options);
}

/** The server's detail for a refused file (`errors[0].message`), without the file name the queue already shows. */
function serverDetail(error: ApiError): string | null {
  const detail = error.fieldErrors[0]?.message;
  if (!detail) return null;
  const text = detail.replace(/^[^:]{1,255}: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
}

/** A sentence a person can act on, for an upload that failed. */
export function uploadErrorMessage(error: unknown, maxBytes: number): string {
  if (error instanceof ApiError) {
    if (error.status === 413)
      return `The file is larger than the server accepts (${formatBytes(maxBytes)} a file).`;
    if (error.status === 415) {
      return (
        serverDetail(error) ??
        'The server refused this file: its type is not allowed, or its content does not match its extension.'
      );
    }
    if (error.status === 400)
      return serverDetail(error) ?? 'The server could not read this file. Is it empty?';
  }
  return errorMessage(error);
}
