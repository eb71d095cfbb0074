import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { ComplianceScopeSection } from './compliance-scope';
import { CpaFirmSection } from './cpa-firm';
import { FindingsSection } from './findings';
import { ReportOpinionSection } from './report-opinion';
import type { SectionProps } from './use-section-form';
import { renderWithProviders } from './test-utils';

function props(overrides: Partial<SectionProps> = {}): SectionProps {
  return {
    vendorId: 1,
    reviewId: 2,
    stored: emptySocForm(),
    version: 3,
    draftScope: null,
    readOnlyReason: null,
    onLiveMissing: vi.fn(),
    onContinue: null,
    ...overrides,
  };
}

/** The buttons of the "Missing to finalize" strip, by their labels. */
function missingButtons() {
  const [strip] = screen
    .getAllByRole('status')
    .filter((el) => /Missing to finalize|Everything this section needs/.test(el.textContent ?? ''));
  if (!strip) throw new Error('No "Missing to finalize" strip');
  return within(strip)
    .queryAllByRole('button')
    .map((b) => b.textContent);
}

describe('live completeness', () => {
  it('updates the missing fields as the user types, and reports them to the rail', async () => {
    const user = userEvent.setup();
    const onLiveMissing = vi.fn();
    renderWithProviders(<CpaFirmSection {...props({ onLiveMissing })} />);
    expect(missingButtons()).toEqual(['CPA firm']);
    expect(onLiveMissing).toHaveBeenLastCalledWith('cpaFirm', ['cpaFirm.cpaFirm']);

    await user.type(screen.getByRole('textbox', { name: /^CPA firm/ }), 'Deloitte');
    expect(missingButtons()).toEqual([]);
    expect(screen.getByText(/Everything this section needs to finalize is filled in/)).toBeInTheDocument();
    expect(onLiveMissing).toHaveBeenLastCalledWith('cpaFirm', []);

    await user.clear(screen.getByRole('textbox', { name: /^CPA firm/ }));
    expect(missingButtons()).toEqual(['CPA firm']);
  });

  it('focuses the input of a missing field when it is picked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CpaFirmSection {...props()} />);
    await user.click(screen.getByRole('button', { name: 'CPA firm' }));
    expect(screen.getByRole('textbox', { name: /^CPA firm/ })).toHaveFocus();
  });
});

describe('conditional fields', () => {
  it('asks for an audit date on Type 1 and an audit period on Type 2', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComplianceScopeSection {...props()} />);
    expect(screen.queryByLabelText(/^Audit date/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Audit period start/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Type 1' }));
    expect(screen.getByLabelText(/^Audit date/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Audit period start/)).not.toBeInTheDocument();
    expect(missingButtons()).toContain('Audit date');

    await user.click(screen.getByRole('radio', { name: 'Type 2' }));
    expect(screen.queryByLabelText(/^Audit date/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Audit period start/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Audit period end/)).toBeInTheDocument();
    expect(missingButtons()).toContain('Audit period');
    expect(missingButtons()).not.toContain('Audit date');
  });

  it('asks for trust services criteria only for SOC 2 or when no type is chosen', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComplianceScopeSection {...props()} />);
    expect(screen.getByRole('group', { name: /Trust services criteria/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'SOC 1' }));
    expect(screen.queryByRole('group', { name: /Trust services criteria/ })).not.toBeInTheDocument();
    expect(missingButtons()).not.toContain('Trust services criteria');
    await user.click(screen.getByRole('radio', { name: 'SOC 2' }));
    expect(screen.getByRole('group', { name: /Trust services criteria/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Security' }));
    expect(missingButtons()).not.toContain('Trust services criteria');
  });

  it('asks for a follow-up activity only when the opinion is chosen and not unqualified', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReportOpinionSection {...props()} />);
    expect(screen.queryByLabelText(/^Follow-up activity/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Qualified' }));
    expect(screen.getByLabelText(/^Follow-up activity/)).toBeInTheDocument();
    expect(missingButtons()).toContain('Follow-up activity');
    await user.click(screen.getByRole('radio', { name: 'Unqualified' }));
    expect(screen.queryByLabelText(/^Follow-up activity/)).not.toBeInTheDocument();
    expect(missingButtons()).not.toContain('Follow-up activity');
  });

  it('asks about material impact once there is a finding, with labelled rows', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FindingsSection {...props()} />);
    expect(screen.queryByRole('group', { name: /Material impact/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add finding' }));
    await user.click(screen.getByRole('button', { name: 'Add finding' }));
    expect(screen.getByLabelText('Finding 2 description')).toHaveFocus();
    expect(screen.getByRole('group', { name: /Material impact/ })).toBeInTheDocument();
    expect(missingButtons()).toEqual(['Material impact']);
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(missingButtons()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Remove finding 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove finding 1' }));
    expect(screen.queryByRole('group', { name: /Material impact/ })).not.toBeInTheDocument();
  });
});

describe('read-only', () => {
  it('disables the inputs and hides the save buttons, saying why', () => {
    renderWithProviders(<CpaFirmSection {...props({ readOnlyReason: 'This review is completed.' })} />);
    expect(screen.getByText('This review is completed.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^CPA firm/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
