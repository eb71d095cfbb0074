import { describe, expect, it } from 'vitest';
import { computeCompleteness } from './completeness';
import { emptySocForm } from './soc-form';

describe('completeness smoke', () => {
  it('an empty form misses what the table says', () => {
    const c = computeCompleteness(emptySocForm());
    expect(c.readyToFinalize).toBe(false);
    expect(c.complianceScope.missingRequiredFields).toEqual([
      'complianceScope.certification',
      'complianceScope.scopeType',
      'complianceScope.trustServiceCriteria',
    ]);
    expect(c.endUserControls.isComplete).toBe(true);
  });
});
