import { z } from 'zod';
import { SOC_SECTIONS, type SocSection } from '../../contract/soc-form';
import { DRAFT_VALUES } from './draft-values';

/*
 * Unsaved edits of a form section, kept in localStorage so a reload, a crashed tab or signing out and in again
 * loses nothing. One entry per user, review and section: a draft is never shown to another user of the same
 * browser, and signing out leaves drafts in place (they belong to their user, not to the session).
 */

const PREFIX = 'soc-review:draft:v1:';

export interface DraftScope {
  userId: number;
  reviewId: number;
}

const Values = z.record(z.string(), z.unknown());

export const Draft = z.object({
  /** The form's values (inputs' shape: '' for empty text). */
  values: Values,
  /** When the user last changed them (ISO). */
  savedAt: z.iso.datetime(),
  /** The review version the edits started from (If-Match on save); null when the server has no versions. */
  baseVersion: z.number().int().nullable(),
  /** The section as the server had it at `baseVersion`: tells their later changes from ours on a conflict. */
  base: Values,
  /** Values of a save that was sent but not confirmed (the tab closed first): if the server has them, it landed. */
  sent: Values.nullable().default(null),
});
export type Draft = z.infer<typeof Draft>;

export const draftKey = (scope: DraftScope, section: SocSection) =>
  `${PREFIX}${scope.userId}:${scope.reviewId}:${section}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings): drafts are off, everything else works
  }
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Calls back when any draft changes, in this tab or (through the `storage` event) in another. */
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The section's draft, or null when there is none or it is unreadable (an unreadable one is removed). */
export function readDraft(scope: DraftScope, section: SocSection): Draft | null {
  const key = draftKey(scope, section);
  const raw = storage()?.getItem(key);
  if (raw == null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const draft = Draft.safeParse(json);
  const values = draft.success && DRAFT_VALUES[section].safeParse(draft.data.values).success;
  if (!draft.success || !values) {
    storage()?.removeItem(key);
    return null;
  }
  return draft.data;
}

/** A draft nobody has touched for this long may go when the storage is full, to make room for current work. */
export const STALE_DRAFT_MS = 30 * 86_400_000;

/** Removes drafts (of any user or review, except `keep`) last changed before `now - STALE_DRAFT_MS`. */
function removeStale(store: Storage, keep: string, now: number): number {
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string => key !== null && key.startsWith(PREFIX) && key !== keep,
  );
  let removed = 0;
  for (const key of keys) {
    const savedAt = Date.parse(/"savedAt":"([^"]+)"/.exec(store.getItem(key) ?? '')?.[1] ?? '');
    if (Number.isNaN(savedAt) || savedAt < now - STALE_DRAFT_MS) {
      store.removeItem(key);
      removed += 1;
    }
  }
  return removed;
}

function trySet(store: Storage, key: string, raw: string): boolean {
  try {
    store.setItem(key, raw);
    return true;
  } catch {
    return false; // QuotaExceededError, or storage refused
  }
}

/**
 * Stores the draft; false when the browser refuses (storage full even after dropping stale drafts, or off),
 * so the caller can say that the edits are not kept.
 */
export function writeDraft(scope: DraftScope, section: SocSection, draft: Draft, now = Date.now()): boolean {
  const store = storage();
  if (!store) return false;
  const key = draftKey(scope, section);
  const raw = JSON.stringify(draft);
  if (store.getItem(key) === raw) return true;
  const stored = trySet(store, key, raw) || (removeStale(store, key, now) > 0 && trySet(store, key, raw));
  notify();
  return stored;
}

export function removeDraft(scope: DraftScope, section: SocSection): void {
  const store = storage();
  const key = draftKey(scope, section);
  if (store?.getItem(key) == null) return;
  store.removeItem(key);
  notify();
}

/** The sections of a review that have a draft, as one string (a stable snapshot for useSyncExternalStore). */
export function draftSectionsSnapshot(scope: DraftScope | null): string {
  const store = storage();
  if (!scope || !store) return '';
  return SOC_SECTIONS.filter((s) => store.getItem(draftKey(scope, s)) !== null).join('|');
}
