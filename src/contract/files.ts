import { z } from 'zod';
import { DocumentType, enumFromNameOrNumber, DOCUMENT_TYPES, REVIEW_STATUSES, REVIEW_TYPES } from './enums';
import { Id, IsoDateTime } from './primitives';
import { page, PageQuery } from './pagination';

/** Allowed extensions (API.md, Files). The browser checks them before uploading; the server enforces them. */
export const DOCUMENT_EXTENSIONS = [
  'pdf',
  'docx',
  'odt',
  'doc',
  'xlsx',
  'ods',
  'pptx',
  'odp',
  'gif',
  'jpg',
  'jpeg',
  'png',
  'csv',
] as const;
export const QUESTIONNAIRE_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'odt',
  'xlsx',
  'ods',
  'pptx',
  'odp',
  'csv',
] as const;
export const DEFAULT_MAX_UPLOAD_MB = 25;
export const MAX_FILES_PER_REQUEST = 10;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

// C0/C1 controls, and the invisible bidi controls that can make "x\u202Efdp.exe" read as "xexe.pdf".
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A user's file name as metadata: no path parts, no control characters, bounded length. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_CHARS, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'file';
  if (clean.length <= 255) return clean;
  // Shorten the stem, not the extension: the extension decides whether the file is allowed.
  const ext = extensionOf(clean);
  return ext && ext.length <= 10 ? `${clean.slice(0, 254 - ext.length)}.${ext}` : clean.slice(0, 255);
}

export const SignedUrl = z.object({
  signedUrl: z.string(),
  fileBuffer: z.unknown().nullable(),
  fileName: z.string().nullable(),
});

export const VendorDocument = z.object({
  id: Id,
  name: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  type: DocumentType,
  downloadUrl: SignedUrl.optional(),
  // [extension] helpful metadata for the list; absent on a real Drata account.
  securityReviewId: Id.nullable().optional(),
  size: z.number().int().nonnegative().optional(),
  contentType: z.string().optional(),
  uploadedByUserId: Id.nullable().optional(),
});
export type VendorDocument = z.infer<typeof VendorDocument>;
export const VendorDocumentPage = page(VendorDocument);

export const DocumentListQuery = PageQuery.extend({
  type: DocumentType.optional(),
  securityReviewId: z.coerce.number().int().positive().optional(),
  'expand[]': z
    .preprocess(
      (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
      z.array(z.enum(['downloadUrl'])),
    )
    .optional(),
});

/** Multipart text fields of operation 14. */
export const DocumentFields = z.strictObject({
  type: enumFromNameOrNumber(DOCUMENT_TYPES).optional(),
  securityReviewId: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'Must be a positive integer id')
    .transform(Number)
    .optional(),
});

/** Multipart text fields of operation 4 (create a review with its file). */
export const CreateWithFileFields = z.strictObject({
  title: z.string().min(1, 'Required').max(255, 'Must be at most 255 characters'),
  reviewDeadlineAt: IsoDateTime,
  requestedAt: IsoDateTime.optional(),
  securityReviewStatus: enumFromNameOrNumber(REVIEW_STATUSES),
  securityReviewType: enumFromNameOrNumber(REVIEW_TYPES),
  requesterUserId: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'Must be a positive integer id')
    .transform(Number)
    .optional(),
  note: z.string().max(1000, 'Must be at most 1000 characters').optional(),
  documentType: enumFromNameOrNumber(DOCUMENT_TYPES).optional(),
});
export type CreateWithFileFields = z.infer<typeof CreateWithFileFields>;

export const QuestionnaireFile = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  contentType: z.string(),
  downloadUrl: z.string(),
});

export const Questionnaire = z.object({
  id: Id,
  title: z.string(),
  completedBy: z.string().nullable(),
  recipientEmail: z.string(),
  isCompleted: z.boolean(),
  dateSent: IsoDateTime,
  isManualUpload: z.boolean(),
  responseId: z.number().nullable(),
  status: z.enum(['DRAFT', 'SENT']),
  completedAt: IsoDateTime.nullable(),
  totalQuestions: z.number().nullable(),
  totalQuestionsAnswered: z.number().nullable(),
  reminderDate: IsoDateTime.nullable(),
  files: z.array(QuestionnaireFile).optional(),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
export const QuestionnairePage = page(Questionnaire);
export const QuestionnaireListQuery = PageQuery;
