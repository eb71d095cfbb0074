import type { Questionnaire, VendorDocument } from '../../contract/files';
import type { Db } from '../store/db';
import type { DocumentRow } from '../store/documents';
import type { QuestionnaireFileRow, QuestionnaireRow } from '../store/questionnaires';
import { downloadPath, signToken, type FileTokenKind } from './tokens';

/** What the upload routes share: the store, the limits and the signing key of download links. */
export interface UploadContext {
  db: Db;
  dataDir: string;
  /** Per-file limit in bytes (MAX_UPLOAD_MB MiB). */
  maxBytes: number;
  secret: Buffer;
  /** APP_ORIGIN: download links are absolute when the public origin is known, else relative to the server. */
  appOrigin: string | null;
}

/** A download URL valid 10 minutes (operation 15). */
export function signedUrl(ctx: UploadContext, kind: FileTokenKind, id: number): string {
  return `${ctx.appOrigin ?? ''}${downloadPath(signToken(ctx.secret, { kind, id }).token)}`;
}

/** Drata's VendorDocument shape, plus our metadata extensions; `downloadUrl` when asked for. */
export function documentView(ctx: UploadContext, d: DocumentRow, withUrl: boolean): VendorDocument {
  return {
    id: d.id,
    name: d.name,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    type: d.type,
    ...(withUrl
      ? { downloadUrl: { signedUrl: signedUrl(ctx, 'document', d.id), fileBuffer: null, fileName: d.name } }
      : {}),
    securityReviewId: d.securityReviewId,
    size: d.size,
    contentType: d.contentType,
    uploadedByUserId: d.uploadedByUserId,
  };
}

/** API.md "Questionnaire response": a manual upload is complete and sent when it arrives. */
export function questionnaireView(
  ctx: UploadContext,
  q: QuestionnaireRow,
  files: QuestionnaireFileRow[],
): Questionnaire {
  return {
    id: q.id,
    title: q.title,
    completedBy: q.completedBy,
    recipientEmail: q.recipientEmail,
    isCompleted: true,
    dateSent: q.createdAt,
    isManualUpload: true,
    responseId: null,
    status: 'SENT',
    completedAt: q.createdAt,
    totalQuestions: null,
    totalQuestionsAnswered: null,
    reminderDate: null,
    files: files.map((f) => ({
      name: f.name,
      size: f.size,
      contentType: f.contentType,
      downloadUrl: signedUrl(ctx, 'questionnaireFile', f.id),
    })),
  };
}
