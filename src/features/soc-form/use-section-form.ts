import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch, type DefaultValues, type Path } from 'react-hook-form';
import { useBlocker } from 'react-router';
import { sectionCompleteness } from '../../contract/completeness';
import type { Review } from '../../contract/review';
import type { SocFormData, SocSection } from '../../contract/soc-form';
import { reviewDetailQueries } from '../review-detail/review-detail-queries';
import type { DraftScope } from './draft-store';
import { sectionResolver, toFormValues, type SectionIn, type SectionOut } from './form-values';
import { sameValues } from './same-values';
import { sectionOf } from './save-section';
import { FOCUS_TARGETS, addButtonId } from './section-meta';
import type { SectionFrameProps } from './section-frame';
import { useSectionDraft, type Base, type SectionState } from './use-section-draft';
import { useSectionSave } from './use-section-save';

/** What the wizard hands each section component. */
export interface SectionProps {
  vendorId: number;
  reviewId: number;
  stored: SocFormData;
  /** The review's version the stored values belong to (If-Match); undefined when the server has none. */
  version: number | undefined;
  /** Whose drafts (per user and review); null: no drafts are read or written. */
  draftScope: DraftScope | null;
  /** Why the form cannot be edited (a completed review, a read-only role), or null when it can. */
  readOnlyReason: string | null;
  /** The section's missing fields as the user types (the rail shows them live). */
  onLiveMissing: (section: SocSection, missing: string[]) => void;
  /** Go to the next section after "Save and continue"; null on the last section. */
  onContinue: (() => void) | null;
}

/**
 * One section's form: react-hook-form with the contract's schema, live completeness, the draft kept in the
 * browser, the save (PUT of this section only) with its conflicts, and the guard against leaving unsaved changes.
 */
export function useSectionForm<K extends SocSection>(section: K, props: SectionProps) {
  const { vendorId, reviewId, readOnlyReason, onLiveMissing, onContinue, version } = props;
  const readOnly = readOnlyReason !== null;
  const client = useQueryClient();
  const [initial] = useState(() => toFormValues(section, props.stored[section]));
  const form = useForm<SectionIn<K>, unknown, SectionOut<K>>({
    resolver: sectionResolver(section),
    defaultValues: initial as DefaultValues<SectionIn<K>>,
  });
  const serverRef = useRef(initial);
  const baseRef = useRef<Base<K>>({ version, values: initial });
  const sentRef = useRef<SectionIn<K> | null>(null);
  const state: SectionState<K> = { section, form, serverRef, baseRef, sentRef };
  // Whether leaving must ask first; set here at once on a reset, since "Save and continue" navigates right after
  // its save, before a render could update it from formState.
  const dirtyRef = useRef(false);

  /** Show `values` as the server's answers; `edits` (when they differ) go on top as unsaved changes. */
  const showServer = useCallback(
    (values: SectionIn<K>, edits: SectionIn<K> | null) => {
      serverRef.current = values;
      form.reset(values);
      dirtyRef.current = false;
      if (edits && !sameValues(edits, values)) {
        form.reset(edits, { keepDefaultValues: true });
        dirtyRef.current = !readOnly;
      }
    },
    [form, readOnly],
  );
  const latestServer = useCallback((): Base<K> => {
    const cached = client.getQueryData<Review>(reviewDetailQueries.detail(vendorId, reviewId).queryKey);
    const values = cached && sectionOf(section, cached);
    return values
      ? { version: cached.version, values }
      : { version: baseRef.current.version, values: serverRef.current };
  }, [client, vendorId, reviewId, section]);

  const draft = useSectionDraft(state, props.draftScope, readOnly, initial, latestServer, showServer);
  const save = useSectionSave(state, {
    vendorId,
    reviewId,
    onContinue,
    showServer,
    persistNow: draft.persistNow,
    onSaved: draft.onSaved,
  });

  // The cached review changed (a refetch, another section's save, someone else's edit): follow it while the
  // user has nothing unsaved here; with unsaved edits, keep them (their save will show any conflict).
  const seen = useRef(props.stored);
  const conflictOpen = save.conflict !== null;
  useEffect(() => {
    if (seen.current === props.stored) return;
    seen.current = props.stored;
    const fresh = toFormValues(section, props.stored[section]);
    if (sameValues(fresh, baseRef.current.values)) {
      baseRef.current = { version, values: baseRef.current.values };
    } else if (!conflictOpen && sameValues(form.getValues(), serverRef.current)) {
      baseRef.current = { version, values: fresh };
      showServer(fresh, null);
    }
  }, [props.stored, version, section, form, showServer, conflictOpen]);

  // Recomputed on every change, but the section re-renders only when the missing list itself changes: a
  // keystroke in one of hundreds of rows must not re-render them all.
  const missingKey = useWatch({
    control: form.control,
    compute: (values) => sectionCompleteness(section, values).missingRequiredFields.join('|'),
  });
  const missing = useMemo(() => (missingKey ? missingKey.split('|') : []), [missingKey]);
  useEffect(() => onLiveMissing(section, missing), [onLiveMissing, section, missing]);

  const isDirty = form.formState.isDirty && !readOnly;
  useEffect(() => {
    dirtyRef.current = isDirty;
  }, [isDirty]);
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

  function focusMissing(path: string) {
    const target = FOCUS_TARGETS[path];
    if (!target) return;
    if ('field' in target) form.setFocus(target.field as Path<SectionIn<K>>);
    else document.getElementById(addButtonId(section, target.addButton))?.focus();
  }

  const frame: SectionFrameProps = {
    section,
    missing,
    readOnlyReason,
    status: save.status,
    problem: save.problem,
    blocker,
    hasNext: onContinue !== null,
    draftsOn: props.draftScope !== null,
    draftNotice: draft.notice,
    draftNotKept: draft.notKept,
    onDiscardDraft: draft.discard,
    conflict: save.conflict,
    onResolveConflict: save.resolveConflict,
    onSave: save.onSave,
    onRetry: save.onRetry,
    onFocusMissing: focusMissing,
  };
  return { form, frame };
}
