import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { ApiError, errorMessage, requestWithHeaders } from '../../api-client';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { REVIEW_TYPES, TYPE_LABELS } from '../../contract/enums';
import { Review } from '../../contract/review';
import { displayName, type Me } from '../../contract/user';
import { api, paths } from '../../paths';
import { reviewDetailQueries, withVersion } from '../review-detail/review-detail-queries';
import { uploadErrorMessage } from '../uploads/upload-api';
import {
  acceptAttribute,
  allowedSummary,
  checkFiles,
  formatBytes,
  MAX_UPLOAD_BYTES,
} from '../uploads/upload-rules';
import { postWithProgress } from '../uploads/upload-xhr';
import { userQueries } from '../users/user-queries';
import { vendorQueries } from '../vendors/vendor-queries';
import {
  CreateReviewForm as CreateReviewSchema,
  defaultDeadline,
  formFieldFor,
  toCreateRequest,
  toCreateWithFileForm,
  type CreateReviewFormInput,
  type CreateReviewFormValues,
} from './create-review-schema';
import { reviewQueries } from './review-queries';
import styles from './create-review.module.css';

const DOCUMENT_TARGET = { kind: 'document', type: 'COMPLIANCE_REPORT' } as const;

/**
 * The body of the New review dialog, mounted only while it is open: the pickers load when needed and the form
 * starts fresh each time. The buttons sit inside the form so Enter submits.
 */
export function CreateReviewForm({ me, onClose }: { me: Me; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const vendors = useQuery(vendorQueries.list());
  const users = useQuery(userQueries.list());
  const form = useForm<CreateReviewFormInput, unknown, CreateReviewFormValues>({
    resolver: zodResolver(CreateReviewSchema),
    defaultValues: {
      vendorId: '',
      title: '',
      type: 'SOC_REPORT',
      deadline: defaultDeadline(),
      requesterUserId: String(me.id),
      note: '',
    },
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const create = useMutation({
    mutationFn: async (values: CreateReviewFormValues) => {
      if (file) {
        // Operation 4: the review and its file together, or neither. XHR, for the upload's progress.
        setSent(0);
        const review = await postWithProgress(
          api.vendorReviewsWithFile(values.vendorId),
          toCreateWithFileForm(values, file),
          Review,
          { onProgress: (loaded, total) => setSent(total > 0 ? loaded / total : 0) },
        );
        return withVersion(review);
      }
      const res = await requestWithHeaders(api.vendorReviews(values.vendorId), Review, {
        method: 'POST',
        body: toCreateRequest(values),
      });
      return withVersion(res.data, res.headers);
    },
    onSuccess: (review) => {
      queryClient.setQueryData(reviewDetailQueries.detail(review.vendorId, review.id).queryKey, review);
      void queryClient.invalidateQueries({ queryKey: reviewQueries.lists() });
      toast.success('Review created');
      onClose();
      void navigate(paths.review(review.vendorId, review.id));
    },
    onSettled: () => setSent(null),
    onError: (error) => {
      const unplaced: string[] = [];
      const fileRefused =
        error instanceof ApiError &&
        (error.status === 413 || error.status === 415 || error.fieldErrors.some((fe) => fe.path === 'file'));
      if (fileRefused) {
        setFileError(uploadErrorMessage(error, MAX_UPLOAD_BYTES));
      } else if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
        for (const fe of error.fieldErrors) {
          const field = formFieldFor(fe);
          if (field) form.setError(field, { message: fe.message });
          else unplaced.push(fe.message);
        }
      } else if (error instanceof ApiError && error.status === 404) {
        form.setError('vendorId', { message: 'This vendor no longer exists. Choose another.' });
      } else unplaced.push(errorMessage(error));
      if (unplaced.length > 0) form.setError('root.server', { message: unplaced.join(' ') });
    },
  });
  const { errors } = form.formState;
  const people = users.data?.data ?? [];

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
      <Field
        label="Vendor"
        error={
          errors.vendorId?.message ??
          (vendors.isError ? 'Vendors could not be loaded. Close and try again.' : undefined)
        }
      >
        <select {...form.register('vendorId')} disabled={!vendors.data} autoFocus>
          <option value="">{vendors.data ? 'Choose a vendor' : 'Loading vendors…'}</option>
          {vendors.data?.data.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Title" error={errors.title?.message}>
        <input type="text" placeholder="e.g. Acme Cloud SOC 2 Type 2, 2026" {...form.register('title')} />
      </Field>
      <div className={styles.row}>
        <Field label="Type" error={errors.type?.message}>
          <select {...form.register('type')}>
            {REVIEW_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Deadline" error={errors.deadline?.message}>
          <input type="date" {...form.register('deadline')} />
        </Field>
      </div>
      <Field label="Requester" error={errors.requesterUserId?.message}>
        <select {...form.register('requesterUserId')}>
          {!people.some((u) => u.id === me.id) && <option value={me.id}>{displayName(me)}</option>}
          {people.map((u) => (
            <option key={u.id} value={u.id}>
              {displayName(u)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Note" hint="Optional, up to 1000 characters." error={errors.note?.message}>
        <textarea rows={3} maxLength={1000} {...form.register('note')} />
      </Field>
      <Field
        label="Report file"
        hint={`Optional: the vendor's SOC report, attached as its compliance report. ${allowedSummary(DOCUMENT_TARGET)}; up to ${formatBytes(MAX_UPLOAD_BYTES)}.`}
        error={fileError ?? undefined}
      >
        <input
          type="file"
          accept={acceptAttribute(DOCUMENT_TARGET)}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            const problem = chosen && checkFiles([chosen], DOCUMENT_TARGET).rejected[0];
            setFileError(problem ? problem.message : null);
            setFile(problem ? null : chosen);
            // A refused file must not look chosen: the input shows nothing, the message says why.
            if (problem) e.target.value = '';
          }}
        />
      </Field>
      {errors.root?.server && (
        <p className={styles.error} role="alert">
          {errors.root.server.message}
        </p>
      )}
      <div className={styles.actions}>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {sent !== null
            ? `Uploading… ${Math.round(sent * 100)}%`
            : create.isPending
              ? 'Creating…'
              : 'Create review'}
        </Button>
      </div>
    </form>
  );
}
