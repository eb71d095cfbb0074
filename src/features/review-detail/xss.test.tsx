import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { ConflictView } from '../soc-form/conflict-view';
import { renderWithProviders, socReview } from '../soc-form/test-utils';
import { ReviewHeader } from './review-header';
import { ReviewSummary } from './review-summary';

// Titles, notes and form answers are other people's text: markup in them must show as text, never run.
const MARKUP = '<img src=x onerror=alert(1)>';

afterEach(() => vi.unstubAllGlobals());

describe('user text containing markup', () => {
  it('renders as text in the review header and summary', () => {
    // The summary asks for the offered actions and the signed-in user: no server here, so they fail quietly.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    const data = emptySocForm();
    data.findings = { findings: [{ description: MARKUP }], hasMaterialImpact: true };
    const review = {
      ...socReview(data),
      title: `Acme ${MARKUP}`,
      note: `Note ${MARKUP}`,
      status: 'COMPLETED' as const,
      decision: 'APPROVED' as const,
      finalization: {
        decision: 'APPROVED' as const,
        note: `Final ${MARKUP}`,
        at: '2026-01-06T10:00:00Z',
        byUserId: 1,
      },
    };
    const { container } = renderWithProviders(
      <>
        <ReviewHeader
          review={review}
          vendorId={1}
          reviewId={2}
          vendorName={`Vendor ${MARKUP}`}
          people={[]}
          lockedReason="Completed"
        />
        <ReviewSummary review={review} vendorId={1} reviewId={2} people={[]} />
      </>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Acme ${MARKUP}`);
    expect(screen.getByText(`Note ${MARKUP}`)).toBeInTheDocument();
    expect(screen.getByText(`Final ${MARKUP}`)).toBeInTheDocument();
    expect(screen.getByText(`Vendor ${MARKUP}`)).toBeInTheDocument();
    expect(screen.getByText('Findings with material impact')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('renders as text in the conflict view', () => {
    const { container } = renderWithProviders(
      <ConflictView
        section="cpaFirm"
        conflict={{
          current: socReview(),
          theirs: { cpaFirm: MARKUP, cpaProcedurePerformed: '' },
          yours: { cpaFirm: 'Mine', cpaProcedurePerformed: `<script>alert(1)</script>` },
        }}
        onApply={vi.fn()}
      />,
    );
    expect(screen.getByText(MARKUP)).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
