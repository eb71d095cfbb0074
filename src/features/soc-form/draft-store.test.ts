import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STALE_DRAFT_MS,
  draftKey,
  draftSectionsSnapshot,
  readDraft,
  removeDraft,
  subscribeDrafts,
  writeDraft,
  type Draft,
} from './draft-store';

const riley = { userId: 7, reviewId: 2 };
const morgan = { userId: 8, reviewId: 2 };

function draft(cpaFirm: string): Draft {
  return {
    values: { cpaFirm, cpaProcedurePerformed: '' },
    savedAt: '2026-03-04T14:02:00.000Z',
    baseVersion: 3,
    base: { cpaFirm: '', cpaProcedurePerformed: '' },
    sent: null,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('draft store', () => {
  it('storage full: drafts untouched for 30 days make room; recent ones of anybody are never dropped', () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    const at = (ms: number) => ({ ...draft('x'), savedAt: new Date(now - ms).toISOString() });
    const old = { userId: 9, reviewId: 5 };
    writeDraft(old, 'cpaFirm', at(STALE_DRAFT_MS + 60_000));
    writeDraft(morgan, 'cpaFirm', at(STALE_DRAFT_MS - 60_000));
    // The browser refuses the next write (quota), then accepts once something was removed.
    const realSet = Storage.prototype.setItem;
    let full = true;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k: string, v: string) {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      realSet.call(this, k, v);
    });
    const realRemove = Storage.prototype.removeItem;
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(function (this: Storage, k: string) {
      full = false;
      realRemove.call(this, k);
    });
    expect(writeDraft(riley, 'cpaFirm', draft('Deloitte'), now)).toBe(true);
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte');
    expect(readDraft(old, 'cpaFirm')).toBeNull(); // 30 days and a minute old
    expect(readDraft(morgan, 'cpaFirm')).not.toBeNull(); // two minutes younger: kept

    // Full again, and nothing stale left to drop: the write is refused and says so.
    full = true;
    expect(writeDraft(riley, 'cpaFirm', draft('KPMG'), now)).toBe(false);
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte');
    expect(readDraft(morgan, 'cpaFirm')).not.toBeNull();
  });

  it('keys drafts by user, review and section', () => {
    expect(draftKey(riley, 'cpaFirm')).toBe('soc-review:draft:v1:7:2:cpaFirm');
  });

  it('stores a draft and reads it back', () => {
    expect(writeDraft(riley, 'cpaFirm', draft('Deloitte'))).toBe(true);
    expect(readDraft(riley, 'cpaFirm')).toEqual(draft('Deloitte'));
    expect(readDraft(riley, 'findings')).toBeNull();
  });

  it("never shows one user's draft to another user of the same browser", () => {
    writeDraft(riley, 'cpaFirm', draft('Deloitte'));
    expect(readDraft(morgan, 'cpaFirm')).toBeNull();
    expect(draftSectionsSnapshot(morgan)).toBe('');
    writeDraft(morgan, 'cpaFirm', draft('KPMG'));
    expect(readDraft(riley, 'cpaFirm')?.values.cpaFirm).toBe('Deloitte');
    expect(readDraft(morgan, 'cpaFirm')?.values.cpaFirm).toBe('KPMG');
  });

  it('removes a draft (a save or a discard), leaving the others', () => {
    writeDraft(riley, 'cpaFirm', draft('Deloitte'));
    writeDraft(morgan, 'cpaFirm', draft('KPMG'));
    removeDraft(riley, 'cpaFirm');
    expect(readDraft(riley, 'cpaFirm')).toBeNull();
    expect(readDraft(morgan, 'cpaFirm')).not.toBeNull();
  });

  it('drops entries that are not JSON or not shaped like the section, instead of feeding them to the form', () => {
    localStorage.setItem(draftKey(riley, 'cpaFirm'), '{not json');
    expect(readDraft(riley, 'cpaFirm')).toBeNull();
    expect(localStorage.getItem(draftKey(riley, 'cpaFirm'))).toBeNull();

    writeDraft(riley, 'findings', {
      ...draft('x'),
      values: { findings: 'not a list', hasMaterialImpact: null },
    });
    expect(readDraft(riley, 'findings')).toBeNull();
    expect(localStorage.getItem(draftKey(riley, 'findings'))).toBeNull();
  });

  it('lists the sections of a review that have drafts, and tells subscribers about changes', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeDrafts(listener);
    writeDraft(riley, 'cpaFirm', draft('Deloitte'));
    writeDraft(riley, 'reviewerInformation', {
      ...draft(''),
      values: { reviewerUserId: 3, reportIssueDate: '' },
    });
    expect(draftSectionsSnapshot(riley)).toBe('reviewerInformation|cpaFirm');
    expect(draftSectionsSnapshot({ userId: 7, reviewId: 99 })).toBe('');
    expect(listener).toHaveBeenCalledTimes(2);
    // Writing the same draft again is not a change.
    writeDraft(riley, 'cpaFirm', draft('Deloitte'));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    removeDraft(riley, 'cpaFirm');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
