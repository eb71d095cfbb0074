import { z } from 'zod';
import { ReviewType } from '../../contract/enums';
import type { FieldError } from '../../contract/errors';
import { Id, IsoDate } from '../../contract/primitives';
import { CreateReviewRequest } from '../../contract/review';

// The form's own shape (selects hold strings, the deadline is a date), built from the contract's pieces so the
// limits and messages stay the contract's.
const title = CreateReviewRequest.shape.title.unwrap().unwrap();
const note = CreateReviewRequest.shape.note.unwrap().unwrap();
const idFromSelect = (message: string) => z.string().min(1, message).transform(Number).pipe(Id);

export const CreateReviewForm = z.object({
  vendorId: idFromSelect('Choose a vendor'),
  title: title.trim().min(1, 'Enter a title'),
  type: ReviewType,
  deadline: z.string().min(1, 'Choose a deadline').pipe(IsoDate),
  requesterUserId: idFromSelect('Choose a requester'),
  note,
});
export type CreateReviewFormInput = z.input<typeof CreateReviewForm>;
export type CreateReviewFormValues = z.output<typeof CreateReviewForm>;

/** Deadlines are whole days: the end of the chosen day in UTC, which the list shows as that same day. */
export function deadlineFromDate(date: string): string {
  return `${date}T23:59:59Z`;
}

export function toCreateRequest(values: CreateReviewFormValues): CreateReviewRequest {
  return CreateReviewRequest.parse({
    securityReviewStatus: 'NOT_YET_STARTED',
    securityReviewType: values.type,
    title: values.title,
    reviewDeadlineAt: deadlineFromDate(values.deadline),
    requesterUserId: values.requesterUserId,
    note: values.note.trim() || null,
  });
}

/** Where a server 400's `errors[].path` belongs in the form; anything else is shown above the buttons. */
const FIELD_FOR_PATH: Record<string, keyof CreateReviewFormInput> = {
  title: 'title',
  securityReviewType: 'type',
  reviewDeadlineAt: 'deadline',
  requesterUserId: 'requesterUserId',
  note: 'note',
};

export function formFieldFor(error: FieldError): keyof CreateReviewFormInput | null {
  return FIELD_FOR_PATH[error.path.split('.')[0] ?? ''] ?? null;
}

export function defaultDeadline(now: Date = new Date(), days = 30): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The multipart body of operation 4 (create with file): the create request's fields as text, then the file,
 * attached as the review's compliance report.
 */
export function toCreateWithFileForm(values: CreateReviewFormValues, file: File): FormData {
  const request = toCreateRequest(values);
  const form = new FormData();
  form.append('title', request.title ?? '');
  form.append('reviewDeadlineAt', request.reviewDeadlineAt);
  form.append('securityReviewStatus', request.securityReviewStatus);
  form.append('securityReviewType', request.securityReviewType);
  if (request.requesterUserId != null) form.append('requesterUserId', String(request.requesterUserId));
  if (request.note) form.append('note', request.note);
  form.append('documentType', 'COMPLIANCE_REPORT');
  form.append('file', file, file.name);
  return form;
}
