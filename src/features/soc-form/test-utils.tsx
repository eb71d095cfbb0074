import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { computeCompleteness } from '../../contract/completeness';
import type { Review } from '../../contract/review';
import {
  emptySocForm,
  type SocFormData,
  type SocReviewFormResponse,
  type SocSection,
} from '../../contract/soc-form';

/** Renders UI inside a data router (the forms use its blocker) and a fresh query cache. */
export function renderWithProviders(ui: ReactNode, path = '/vendors/1/reviews/2') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: '/vendors/:vendorId/reviews/:reviewId/:section?', element: ui }],
    {
      initialEntries: [path],
    },
  );
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}

/** The response form for stored values, with completeness computed by the contract's own rules. */
export function responseForm(data: SocFormData = emptySocForm()): SocReviewFormResponse {
  const c = computeCompleteness(data);
  const withStatus = <T extends object>(section: SocSection, values: T) => ({
    ...values,
    ...c[section],
  });
  return {
    readyToFinalize: c.readyToFinalize,
    reviewerInformation: withStatus('reviewerInformation', {
      reviewer: null,
      reviewerUserId: data.reviewerInformation.reviewerUserId,
      reportIssueDate: data.reviewerInformation.reportIssueDate,
    }),
    complianceScope: withStatus('complianceScope', data.complianceScope),
    reportOpinion: withStatus('reportOpinion', data.reportOpinion),
    findings: withStatus('findings', data.findings),
    endUserControls: withStatus('endUserControls', data.endUserControls),
    servicesAndLocations: withStatus('servicesAndLocations', data.servicesAndLocations),
    cpaFirm: withStatus('cpaFirm', data.cpaFirm),
    subserviceOrganizations: withStatus('subserviceOrganizations', data.subserviceOrganizations),
  };
}

export function socReview(data?: SocFormData): Review & { socReviewForm: SocReviewFormResponse } {
  return {
    id: 2,
    vendorId: 1,
    title: 'Acme SOC 2 review',
    note: null,
    status: 'IN_PROGRESS',
    type: 'SOC_REPORT',
    decision: 'PENDING',
    requestedAt: '2026-01-05T10:00:00Z',
    reviewDeadlineAt: '2026-02-05T10:00:00Z',
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-05T10:00:00Z',
    userId: null,
    requesterUserId: 1,
    version: 3,
    finalization: null,
    socReviewForm: responseForm(data),
  };
}
