import { useMemo, useSyncExternalStore } from 'react';
import type { SocSection } from '../../contract/soc-form';
import { draftSectionsSnapshot, subscribeDrafts, type DraftScope } from './draft-store';

/**
 * The sections holding unsaved edits of this user on this review (their drafts), kept current as drafts are
 * written and removed, in this tab or another. Empty while drafts are off (`scope` null).
 */
export function useDraftSections(scope: DraftScope | null): readonly SocSection[] {
  const key = useSyncExternalStore(
    subscribeDrafts,
    () => draftSectionsSnapshot(scope),
    () => '',
  );
  return useMemo(() => (key ? (key.split('|') as SocSection[]) : []), [key]);
}
