import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { SocSection } from '../../contract/soc-form';
import { sameSection } from './conflict';
import type { DraftNotice } from './draft-notice';
import { readDraft, removeDraft, writeDraft, type DraftScope } from './draft-store';
import type { SectionIn, SectionOut } from './form-values';
import { sameValues } from './same-values';

/** The server state a section's edits start from: its version (If-Match) and the section's values then. */
export interface Base<K extends SocSection> {
  version: number | undefined;
  values: SectionIn<K>;
}

/** What the section's form shares with its draft and its save: refs, so callbacks always read the latest. */
export interface SectionState<K extends SocSection> {
  section: K;
  form: UseFormReturn<SectionIn<K>, unknown, SectionOut<K>>;
  /** The form's default values: the server's answers as the user last saw them ("unchanged" means equal). */
  serverRef: RefObject<SectionIn<K>>;
  baseRef: RefObject<Base<K>>;
  /** Values of a save on its way (kept in the draft in case the tab closes before the answer). */
  sentRef: RefObject<SectionIn<K> | null>;
}

const THROTTLE_MS = 300;

/**
 * Keeps the section's unsaved edits in localStorage as the user types (at most every 300 ms, through a form
 * subscription, so typing re-renders nothing more), restores them on the next visit, and discards on request.
 * `scope` null: drafts are off (no user yet); `readOnly`: an existing draft is announced but not restored.
 */
export function useSectionDraft<K extends SocSection>(
  state: SectionState<K>,
  scope: DraftScope | null,
  readOnly: boolean,
  initialServer: SectionIn<K>,
  latestServer: () => Base<K>,
  showServer: (values: SectionIn<K>, edits: SectionIn<K> | null) => void,
) {
  const { section, form, serverRef, baseRef, sentRef } = state;
  const [found] = useState(() => (scope ? readDraft(scope, section) : null));
  const [notice, setNotice] = useState<DraftNotice | null>(() => {
    if (!found) return null;
    if (readOnly) return { savedAt: found.savedAt, mode: 'kept' };
    return sameValues(found.values, initialServer) ? null : { savedAt: found.savedAt, mode: 'restored' };
  });
  const userId = scope?.userId;
  const reviewId = scope?.reviewId;
  const at = useMemo(
    () => (userId === undefined || reviewId === undefined ? null : { userId, reviewId }),
    [userId, reviewId],
  );

  // Restore once, over the server's values (they stay the form's defaults, so the form counts as changed).
  useEffect(() => {
    if (!found || !at || readOnly) return;
    const values = found.values as SectionIn<K>;
    if (sameValues(values, serverRef.current)) {
      removeDraft(at, section); // saved meanwhile (another tab, or the save landed as the tab closed)
      return;
    }
    const draftBase = found.base as SectionIn<K>;
    const unchangedSince = sameValues(draftBase, serverRef.current);
    const ownSaveLanded =
      found.sent !== null && sameSection(section, found.sent as SectionIn<K>, serverRef.current);
    // The server changed this section after the draft began: keep the old base so the save shows a conflict.
    if (!unchangedSince && !ownSaveLanded) {
      baseRef.current = { version: found.baseVersion ?? undefined, values: draftBase };
    }
    form.reset(values, { keepDefaultValues: true });
  }, [found, at, readOnly, section, form, serverRef, baseRef]);

  // The draft this form stored last: a throttled write compares with it instead of parsing (and validating) the
  // stored draft again, which costs milliseconds on a list of hundreds of rows while the user types.
  const lastWritten = useRef<{ values: unknown; savedAt: string } | null>(null);
  // The browser refused the last write (storage full or off): the edits live only in this tab, so say so.
  const [notKept, setNotKept] = useState(false);
  const persist = useCallback(() => {
    if (!at || readOnly) return;
    const values = form.getValues();
    if (sameValues(values, serverRef.current)) {
      lastWritten.current = null;
      removeDraft(at, section);
      setNotKept(false);
      return;
    }
    const previous = lastWritten.current ?? readDraft(at, section);
    const draft = {
      values: structuredClone(values) as Record<string, unknown>,
      // The time of the user's last change: re-storing the same values (a restore, a save) keeps it.
      savedAt: previous && sameValues(previous.values, values) ? previous.savedAt : new Date().toISOString(),
      baseVersion: baseRef.current.version ?? null,
      base: baseRef.current.values as Record<string, unknown>,
      sent: sentRef.current as Record<string, unknown> | null,
    };
    const kept = writeDraft(at, section, draft);
    lastWritten.current = kept ? { values: draft.values, savedAt: draft.savedAt } : null;
    setNotKept(!kept);
  }, [at, form, readOnly, section, serverRef, baseRef, sentRef]);

  useEffect(() => {
    if (!at || readOnly) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      timer = undefined;
      persist();
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        timer ??= setTimeout(run, THROTTLE_MS);
      },
    });
    // A reload or a closed tab within the 300 ms still keeps the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [at, form, persist, readOnly]);

  const discard = useCallback(() => {
    lastWritten.current = null;
    if (at) removeDraft(at, section);
    const latest = latestServer();
    baseRef.current = latest;
    sentRef.current = null;
    showServer(latest.values, null);
    setNotice(null);
    setNotKept(false);
  }, [at, section, latestServer, baseRef, sentRef, showServer]);

  return {
    notice,
    notKept,
    discard,
    /** Store now (not in 300 ms): before a save, so its values are on record if the tab closes. */
    persistNow: persist,
    /** After a save: with nothing unsaved left, the draft and the restored notice go (now, not in 300 ms). */
    onSaved: (clean: boolean) => {
      if (!clean) return;
      lastWritten.current = null;
      if (at) removeDraft(at, section);
      setNotice(null);
      setNotKept(false);
    },
  };
}
