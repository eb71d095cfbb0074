import { afterEach, describe, expect, it, vi } from 'vitest';
import {
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

afterEach(() => localStorage.clear());

describe('draft store', () => {
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
