import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { writeDraft } from './draft-store';
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
        userId={null}
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

  afterEach(() => localStorage.clear());

  it('marks the sections with unsaved changes kept in this browser, for this user only', async () => {
    const user = userEvent.setup();
    const base = { savedAt: new Date().toISOString(), baseVersion: 3, sent: null };
    writeDraft({ userId: 7, reviewId: 2 }, 'findings', {
      ...base,
      values: { findings: [{ description: 'Late access reviews' }], hasMaterialImpact: null },
      base: { findings: [], hasMaterialImpact: null },
    });
    writeDraft({ userId: 8, reviewId: 2 }, 'servicesAndLocations', {
      ...base,
      values: { services: [{ name: 'Payroll' }], locations: [] },
      base: { services: [], locations: [] },
    });
    renderWithProviders(
      <SocWizard
        review={socReview()}
        vendorId={1}
        reviewId={2}
        section="cpaFirm"
        readOnlyReason={null}
        userId={7}
      />,
      '/vendors/1/reviews/2/cpaFirm',
    );
    expect(screen.getByRole('link', { name: 'Findings — complete • unsaved' })).toHaveTextContent(
      '• unsaved',
    );
    expect(screen.getByRole('link', { name: 'Services and locations — 1 missing' })).toBeInTheDocument();

    // Typing in the current section marks it too (once the throttled draft is written).
    await user.type(screen.getByRole('textbox', { name: /^CPA firm/ }), 'Deloitte');
    expect(await screen.findByRole('link', { name: 'CPA firm — complete • unsaved' })).toBeInTheDocument();
  });
});
