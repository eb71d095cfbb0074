import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { SocWizard } from './soc-wizard';
import { renderWithProviders, socReview } from './test-utils';

describe('SocWizard rail', () => {
  it("links every section with its state; the current one follows the user's unsaved input", async () => {
    const user = userEvent.setup();
    const data = emptySocForm();
    data.findings.findings = [{ description: 'Access reviews late' }];
    renderWithProviders(
      <SocWizard
        review={socReview(data)}
        vendorId={1}
        reviewId={2}
        section="cpaFirm"
        readOnlyReason={null}
      />,
      '/vendors/1/reviews/2/cpaFirm',
    );
    const nav = screen.getByRole('navigation', { name: 'Form sections' });
    expect(nav).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((l) => l.textContent);
    expect(links).toHaveLength(8);
    expect(screen.getByRole('link', { name: 'Compliance scope — 3 missing' })).toHaveAttribute(
      'href',
      '/vendors/1/reviews/2/complianceScope',
    );
    expect(screen.getByRole('link', { name: 'Findings — 1 missing' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'End-user controls — complete' })).toBeInTheDocument();

    const current = screen.getByRole('link', { name: 'CPA firm — 1 missing' });
    expect(current).toHaveAttribute('aria-current', 'page');
    await user.type(screen.getByRole('textbox', { name: /^CPA firm/ }), 'Deloitte');
    expect(screen.getByRole('link', { name: 'CPA firm — complete' })).toHaveAttribute('aria-current', 'page');
    // Other sections keep the server's state.
    expect(screen.getByRole('link', { name: 'Findings — 1 missing' })).not.toHaveAttribute('aria-current');
  });
});
