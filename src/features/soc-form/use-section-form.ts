import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch, type DefaultValues, type Path } from 'react-hook-form';
import { useBlocker } from 'react-router';
import { toast } from 'sonner';
import { sectionCompleteness } from '../../contract/completeness';
import type { Review } from '../../contract/review';
import { formDataFromResponse, type SocFormData, type SocSection } from '../../contract/soc-form';
import { afterReviewWrite, reviewDetailQueries } from '../review-detail/review-detail-queries';
import { sectionResolver, toFormValues, type SectionIn, type SectionOut } from './form-values';
import { describeSaveError, putSection, type SaveArgs, type SaveProblem } from './save-section';
import { FOCUS_TARGETS, addButtonId } from './section-meta';
import type { SectionFrameProps } from './section-frame';

/** What the wizard hands each section component. */
export interface SectionProps {
  vendorId: number;
  reviewId: number;
  stored: SocFormData;
  /** Why the form cannot be edited (a completed review, a read-only role), or null when it can. */
  readOnlyReason: string | null;
  /** The section's missing fields as the user types (the rail shows them live). */
  onLiveMissing: (section: SocSection, missing: string[]) => void;
  /** Go to the next section after "Save and continue"; null on the last section. */
  onContinue: (() => void) | null;
}

/**
 * One section's form: react-hook-form with the contract's schema, live completeness, the save (PUT of this
 * section only), server errors on their fields, and the guard against leaving with unsaved changes.
 */
export function useSectionForm<K extends SocSection>(section: K, props: SectionProps) {
  const { vendorId, reviewId, readOnlyReason, onLiveMissing, onContinue } = props;
  const readOnly = readOnlyReason !== null;
  const client = useQueryClient();
  const detailKey = reviewDetailQueries.detail(vendorId, reviewId).queryKey;
  const [defaults] = useState(() => toFormValues(section, props.stored[section]));
  const form = useForm<SectionIn<K>, unknown, SectionOut<K>>({
    resolver: sectionResolver(section),
    defaultValues: defaults as DefaultValues<SectionIn<K>>,
  });

  const values = useWatch({ control: form.control });
  const missing = sectionCompleteness(section, values).missingRequiredFields;
  const missingKey = missing.join('|');
  useEffect(
    () => onLiveMissing(section, missingKey ? missingKey.split('|') : []),
    [onLiveMissing, section, missingKey],
  );

  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const lastNext = useRef(false);
  const dirtyRef = useRef(false);
  const isDirty = form.formState.isDirty && !readOnly;
  useEffect(() => {
    dirtyRef.current = isDirty;
  }, [isDirty]);

  function resetTo(review: Review) {
    const saved = review.socReviewForm ? formDataFromResponse(review.socReviewForm)[section] : null;
    form.reset(saved ? toFormValues(section, saved) : form.getValues());
    dirtyRef.current = false;
  }

  const mutation = useMutation({
    mutationFn: (args: SaveArgs<K>) =>
      putSection(vendorId, reviewId, args.section, args.values, client.getQueryData(detailKey)),
    onSuccess: (saved, args) => {
      afterReviewWrite(client, vendorId, reviewId, saved);
      resetTo(saved);
      setProblem(null);
      toast.success('Saved');
      if (args.next) onContinue?.();
    },
    onError: (error) => {
      const described = describeSaveError(section, error);
      if (described.kind === 'invalid') {
        for (const f of described.fields) {
          form.setError(f.name as Path<SectionIn<K>>, { type: 'server', message: f.message });
        }
      }
      setProblem(described);
    },
  });

  const submit = (next: boolean) => {
    lastNext.current = next;
    return form.handleSubmit((out) => {
      setProblem(null);
      mutation.mutate({ section, values: out, next });
    });
  };

  async function reloadTheirs() {
    const theirs =
      problem?.kind === 'conflict' && problem.current
        ? problem.current
        : await client.fetchQuery({ ...reviewDetailQueries.detail(vendorId, reviewId), staleTime: 0 });
    afterReviewWrite(client, vendorId, reviewId, theirs);
    resetTo(theirs);
    setProblem(null);
  }

  function focusMissing(path: string) {
    const target = FOCUS_TARGETS[path];
    if (!target) return;
    if ('field' in target) form.setFocus(target.field as Path<SectionIn<K>>);
    else document.getElementById(addButtonId(section, target.addButton))?.focus();
  }

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const frame: SectionFrameProps = {
    section,
    missing,
    readOnlyReason,
    saving: mutation.isPending,
    problem,
    blocker,
    hasNext: onContinue !== null,
    onSave: (next) => void submit(next)(),
    onRetry: () => void submit(lastNext.current)(),
    onReloadTheirs: () =>
      void reloadTheirs().catch((e: unknown) => setProblem(describeSaveError(section, e))),
    onFocusMissing: focusMissing,
  };
  return { form, frame };
}
