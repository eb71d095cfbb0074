import { useCallback, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Review } from '../../contract/review';
import {
  SOC_SECTIONS,
  formDataFromResponse,
  type SocReviewFormResponse,
  type SocSection,
} from '../../contract/soc-form';
import { paths } from '../../paths';
import { ComplianceScopeSection } from './compliance-scope';
import { CpaFirmSection } from './cpa-firm';
import { EndUserControlsSection } from './end-user-controls';
import { FindingsSection } from './findings';
import { ReportOpinionSection } from './report-opinion';
import { ReviewerInformationSection } from './reviewer-information';
import { nextSection } from './section-meta';
import { SectionNav } from './section-nav';
import { ServicesAndLocationsSection } from './services-and-locations';
import { SubserviceOrganizationsSection } from './subservice-organizations';
import { useDraftSections } from './use-draft-sections';
import type { SectionProps } from './use-section-form';
import styles from './soc-form.module.css';

const SECTIONS: Record<SocSection, ComponentType<SectionProps>> = {
  reviewerInformation: ReviewerInformationSection,
  complianceScope: ComplianceScopeSection,
  reportOpinion: ReportOpinionSection,
  findings: FindingsSection,
  endUserControls: EndUserControlsSection,
  servicesAndLocations: ServicesAndLocationsSection,
  cpaFirm: CpaFirmSection,
  subserviceOrganizations: SubserviceOrganizationsSection,
};

interface Props {
  review: Review & { socReviewForm: SocReviewFormResponse };
  vendorId: number;
  reviewId: number;
  /** null: the URL names no section of the form. */
  section: SocSection | null;
  readOnlyReason: string | null;
  /** The signed-in user's id: drafts are kept per user. null: none known, drafts off. */
  userId: number | null;
  /** Rendered under the form (the files panel). */
  children?: ReactNode;
}

/** The SOC form as a wizard: the rail of sections and the current section's form (two grid cells). */
export function SocWizard(props: Props) {
  const { review, vendorId, reviewId, section, readOnlyReason, userId, children } = props;
  const navigate = useNavigate();
  const form = review.socReviewForm;
  const stored = useMemo(() => formDataFromResponse(form), [form]);
  const [live, setLive] = useState<{ section: SocSection; missing: string[] } | null>(null);
  const onLiveMissing = useCallback(
    (s: SocSection, missing: string[]) => setLive({ section: s, missing }),
    [],
  );

  const missing = Object.fromEntries(
    SOC_SECTIONS.map((s) => [
      s,
      s === section && live?.section === section ? live.missing : form[s].missingRequiredFields,
    ]),
  ) as Record<SocSection, string[]>;

  const draftScope = useMemo(() => (userId === null ? null : { userId, reviewId }), [userId, reviewId]);
  const drafts = useDraftSections(draftScope);
  const unsaved = useMemo(() => new Set<string>(drafts), [drafts]);

  const next = section && nextSection(section);
  const onContinue = useMemo(
    () => (next ? () => void navigate(paths.reviewSection(vendorId, reviewId, next)) : null),
    [navigate, next, vendorId, reviewId],
  );
  const Section = section ? SECTIONS[section] : null;
  return (
    <>
      <div className={styles.rail}>
        <SectionNav
          vendorId={vendorId}
          reviewId={reviewId}
          current={section}
          missing={missing}
          unsaved={unsaved}
        />
      </div>
      <div className={styles.content}>
        <div className={styles.card}>
          {Section ? (
            <Section
              key={section}
              vendorId={vendorId}
              reviewId={reviewId}
              stored={stored}
              version={review.version}
              draftScope={draftScope}
              readOnlyReason={readOnlyReason}
              onLiveMissing={onLiveMissing}
              onContinue={onContinue}
            />
          ) : (
            <p>
              This form has no such section.{' '}
              <Link to={paths.reviewSection(vendorId, reviewId, SOC_SECTIONS[0])}>
                Go to the first section
              </Link>
            </p>
          )}
        </div>
        {children}
      </div>
    </>
  );
}
