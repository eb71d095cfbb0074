import { describe, expect, it } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { socReview } from '../soc-form/test-utils';
import { actionState } from './action-state';

describe('actionState', () => {
  const review = socReview(emptySocForm());

  it('enables an action only when it is offered and the user may perform it', () => {
    expect(actionState({ action: 'finalize', offered: ['finalize'], allowed: true, review })).toEqual({
      enabled: true,
      reason: null,
    });
    expect(actionState({ action: 'finalize', offered: ['finalize'], allowed: false, review })).toEqual({
      enabled: false,
      reason: 'Only managers can finalize reviews',
    });
  });

  it('holds finalize back while the user has unsaved edits, and says where', () => {
    const input = { action: 'finalize' as const, offered: ['finalize' as const], allowed: true, review };
    expect(actionState({ ...input, unsaved: ['Findings'] })).toEqual({
      enabled: false,
      reason: 'Save or discard your changes in Findings first',
    });
    expect(actionState({ ...input, unsaved: ['Findings', 'CPA firm', 'Report opinion'] }).reason).toBe(
      'Save or discard your changes in Findings, CPA firm and Report opinion first',
    );
    expect(actionState({ ...input, unsaved: [] }).enabled).toBe(true);
    // Reopen is not about the form's contents.
    expect(
      actionState({ ...input, action: 'reopen', offered: ['reopen'], unsaved: ['Findings'] }).enabled,
    ).toBe(true);
  });

  it('says why an action is not offered', () => {
    expect(actionState({ action: 'finalize', offered: [], allowed: true, review }).reason).toBe(
      'Complete all sections to finalize (3 of 8 complete)',
    );
    expect(actionState({ action: 'reopen', offered: [], allowed: true, review }).reason).toBe(
      'Only completed reviews can be reopened',
    );
    const done = { ...review, status: 'COMPLETED' as const };
    expect(actionState({ action: 'finalize', offered: ['reopen'], allowed: true, review: done }).reason).toBe(
      'This review is already finalized',
    );
    expect(actionState({ action: 'finalize', offered: null, allowed: true, review }).enabled).toBe(false);
  });
});
