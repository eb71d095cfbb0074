import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Path } from 'react-hook-form';
import { toast } from 'sonner';
import { ApiError } from '../../api-client';
import type { Review } from '../../contract/review';
import type { SocSection } from '../../contract/soc-form';
import { afterReviewWrite, reviewDetailQueries } from '../review-detail/review-detail-queries';
import { mergeSection, sameSection, type Choices } from './conflict';
import type { SectionIn } from './form-values';
import { sameValues } from './same-values';
import { retrySave, saveRetryDelay } from './save-retry';
import {
  ReviewCompleted,
  SaveConflict,
  conflictCurrent,
  describeSaveProblem,
  putSection,
  saveFailure,
  sectionOf,
  type SaveArgs,
  type SaveProblem,
} from './save-section';
import type { SaveStatus } from './save-status';
import { SECTION_TITLES, saveButtonId } from './section-meta';
import type { SectionState } from './use-section-draft';

export interface Conflict<K extends SocSection> {
  current: Review;
  theirs: SectionIn<K>;
  yours: SectionIn<K>;
}

interface Options<K extends SocSection> {
  vendorId: number;
  reviewId: number;
  onContinue: (() => void) | null;
  showServer: (values: SectionIn<K>, edits: SectionIn<K> | null) => void;
  /** Stores the draft right away (before a save, and when a conflict opens). */
  persistNow: () => void;
  onSaved: (clean: boolean) => void;
}

/**
 * The section's save: a PUT with If-Match, retried with backoff on network or server failure, paused while the
 * browser is offline (React Query's onlineManager resumes it), and a 409 turned into a choice between theirs and
 * yours. The inputs stay usable throughout; edits made while a save runs stay unsaved and in the draft.
 */
export function useSectionSave<K extends SocSection>(state: SectionState<K>, options: Options<K>) {
  const { section, form, baseRef, sentRef } = state;
  const { vendorId, reviewId, onContinue, showServer, persistNow, onSaved } = options;
  const client = useQueryClient();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [conflict, setConflict] = useState<Conflict<K> | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const lastNext = useRef(false);

  const mutation = useMutation({
    scope: { id: `save-section:${reviewId}:${section}` },
    networkMode: 'online',
    retry: retrySave,
    retryDelay: saveRetryDelay,
    mutationFn: async (args: SaveArgs<K>): Promise<Review> => {
      for (let round = 0; ; round++) {
        try {
          return await putSection(vendorId, reviewId, section, args.values, baseRef.current.version);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          const current =
            conflictCurrent(error) ??
            (await client.fetchQuery({ ...reviewDetailQueries.detail(vendorId, reviewId), staleTime: 0 }));
          if (current.status === 'COMPLETED') throw new ReviewCompleted(current);
          const theirs = sectionOf(section, current);
          // A retried request whose first try had landed: the server holds exactly what was sent.
          if (theirs && sameSection(section, theirs, args.sentForm)) return current;
          // Only other parts of the review changed: the edits still start from this section as saved.
          if (theirs && round === 0 && sameValues(theirs, baseRef.current.values)) {
            baseRef.current = { version: current.version, values: theirs };
            continue;
          }
          throw new SaveConflict(current);
        }
      }
    },
    onSuccess: (saved, args) => {
      afterReviewWrite(client, vendorId, reviewId, saved);
      const fresh = sectionOf(section, saved) ?? args.sentForm;
      const edits = form.getValues();
      const editedSince = !sameValues(edits, args.sentForm);
      baseRef.current = { version: saved.version, values: fresh };
      sentRef.current = null;
      showServer(fresh, editedSince ? structuredClone(edits) : null);
      setSavedAt(new Date());
      setProblem(null);
      onSaved(!editedSince);
      if (args.next && !editedSince) {
        toast.success(`${SECTION_TITLES[section]} saved`);
        onContinue?.();
      }
    },
    onError: (error) => {
      if (error instanceof SaveConflict) {
        const theirs = sectionOf(section, error.current);
        if (theirs) setConflict({ current: error.current, theirs, yours: structuredClone(form.getValues()) });
      }
      // Only a refusal (4xx, a conflict) says for sure that nothing landed. A network failure, or a request cut
      // off by the page unloading (an AbortError), may have landed: the draft keeps what was sent.
      const refused = error instanceof ApiError && error.status < 500;
      if (refused || error instanceof SaveConflict || error instanceof ReviewCompleted) {
        sentRef.current = null;
      }
      persistNow();
      const described = describeSaveProblem(section, error);
      if (described?.kind === 'invalid') {
        for (const f of described.fields) {
          form.setError(f.name as Path<SectionIn<K>>, { type: 'server', message: f.message });
        }
      }
      setProblem(described);
    },
  });

  const submit = (next: boolean) => {
    lastNext.current = next;
    return form.handleSubmit((values) => {
      setProblem(null);
      const sentForm = structuredClone(form.getValues());
      sentRef.current = sentForm;
      persistNow();
      mutation.mutate({ section, values, sentForm, next });
    });
  };

  /** Their answers become the form's saved state; the user's choices go on top, to be saved. */
  function resolveConflict(choices: Choices) {
    if (!conflict) return;
    const merged = mergeSection(section, conflict.theirs, conflict.yours, choices);
    afterReviewWrite(client, vendorId, reviewId, conflict.current);
    baseRef.current = { version: conflict.current.version, values: conflict.theirs };
    showServer(conflict.theirs, merged);
    setConflict(null);
    mutation.reset();
    // The conflict view goes away: focus returns to where the next step is, the Save button.
    requestAnimationFrame(() => document.getElementById(saveButtonId(section))?.focus());
  }

  const dirty = form.formState.isDirty;
  const status: SaveStatus = mutation.isPaused
    ? { kind: 'offline' }
    : mutation.isPending
      ? {
          kind: 'saving',
          attempt: mutation.failureCount + 1,
          lastError: mutation.failureReason ? saveFailure(mutation.failureReason).reason : null,
        }
      : mutation.isError
        ? { kind: 'failed', ...saveFailure(mutation.error) }
        : savedAt
          ? { kind: 'saved', at: savedAt, dirty }
          : { kind: 'idle', dirty };

  return {
    status,
    problem,
    conflict,
    resolveConflict,
    onSave: (next: boolean) => void submit(next)(),
    onRetry: () => void submit(lastNext.current)(),
  };
}
