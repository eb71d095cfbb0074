import type { Certification, ReportOpinion, ScopeType, TrustServiceCriterion } from '../../contract/enums';
import type { VendorKey } from './people';

/*
 * What each vendor's latest SOC report says, as a reviewer would record it. The form builder (soc-forms.ts)
 * turns a profile into a form at some stage of completion and dates it relative to `now`.
 */
export interface ReportProfile {
  certification: Certification;
  scopeType: ScopeType;
  criteria: TrustServiceCriterion[] | null;
  /** Type 2 period length; 6–12 months is the norm, under 6 deserves a flag. */
  periodMonths: number;
  /** How many months before now's month the current report's period (or Type 1 date) ends. */
  endMonthsAgo: number;
  issueLagDays: number;
  opinion: ReportOpinion;
  encompassBusinessNeeds: boolean;
  followUpActivity: string | null;
  findings: string[];
  hasMaterialImpact: boolean | null;
  userControls: [description: string, inPlace: boolean][];
  services: string[];
  locations: [city: string, stateOrCountry: string][];
  cpaFirm: string;
  cpaProcedurePerformed: string;
  subservice: { name: string; inclusive: boolean; procedure: string } | null;
}

export const peerReview = (firm: string, board: string, year: number) =>
  `Verified ${firm}'s CPA firm licence with the ${board} (active, no disciplinary actions) and read its most ` +
  `recent AICPA peer review report (${year}, rating: pass). The engagement partner's licence was also confirmed.`;

export const CARVE_OUT_AWS =
  'Carve-out method: AWS controls were excluded from testing. Obtained the AWS SOC 2 Type 2 report from AWS ' +
  'Artifact covering an overlapping period (unqualified opinion) and checked that the complementary subservice ' +
  'organization controls listed in section 3 (physical security, environmental safeguards, media disposal) are ' +
  'covered by tested AWS controls.';

/** Six vendors here, six in report-profiles-more.ts (kept apart only for file length). */
export const REPORT_PROFILES = {
  'northwind-payroll': {
    certification: 'SOC_1',
    scopeType: 'TYPE_2',
    criteria: null,
    periodMonths: 12,
    endMonthsAgo: 3,
    issueLagDays: 34,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [
      'For 2 of 25 sampled terminated employees, access to the payroll platform was removed 9 and 14 business ' +
        'days after termination, exceeding the 3-business-day policy. Management response: the HR-to-IT ' +
        'offboarding ticket is now created automatically.',
    ],
    hasMaterialImpact: false,
    userControls: [
      [
        'Customers are responsible for reviewing the payroll register for accuracy before each pay run is approved.',
        true,
      ],
      [
        'Customers are responsible for notifying Northwind Payroll of employee terminations within one business day.',
        true,
      ],
      [
        'Customers are responsible for restricting the payroll administrator role to authorised personnel and ' +
          'reviewing its membership quarterly.',
        false,
      ],
    ],
    services: ['Payroll processing', 'Payroll tax filing and remittance', 'Direct deposit'],
    locations: [
      ['Minneapolis', 'Minnesota'],
      ['Columbus', 'Ohio'],
    ],
    cpaFirm: 'Halvorsen & Reed LLP',
    cpaProcedurePerformed: peerReview('Halvorsen & Reed', 'Minnesota Board of Accountancy', 2024),
    subservice: {
      name: 'Cirrus Cloud Hosting (infrastructure hosting); First Prairie Bank (ACH origination)',
      inclusive: false,
      procedure:
        "Carve-out method. Reviewed Cirrus Cloud Hosting's SOC 2 Type 2 report (see our own Cirrus review) and " +
        "First Prairie Bank's SOC 1 Type 2 report; both unqualified. The complementary subservice organization " +
        'controls in section 3 are addressed by those reports.',
    },
  },
  'cirrus-cloud': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY', 'CONFIDENTIALITY'],
    periodMonths: 12,
    endMonthsAgo: 3,
    issueLagDays: 28,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      [
        'Customers are responsible for configuring network security groups and firewall rules for their workloads.',
        true,
      ],
      [
        'Customers are responsible for encrypting data in object storage buckets where their policies require it.',
        true,
      ],
      [
        'Customers are responsible for managing API access keys and rotating them at least every 90 days.',
        false,
      ],
      ['Customers are responsible for enforcing multi-factor authentication for console users.', true],
    ],
    services: ['Compute instances', 'Managed PostgreSQL', 'Object storage', 'Load balancing'],
    locations: [
      ['Ashburn', 'Virginia'],
      ['Hillsboro', 'Oregon'],
      ['Frankfurt', 'Germany'],
      ['Dublin', 'Ireland'],
    ],
    cpaFirm: 'Meridian Audit Partners LLP',
    cpaProcedurePerformed: peerReview('Meridian Audit Partners', 'Virginia Board of Accountancy', 2023),
    subservice: {
      name: 'Granite Peak Data Centers (colocation facilities)',
      inclusive: true,
      procedure:
        "Inclusive method: Granite Peak's physical and environmental controls were tested by Meridian within this " +
        'report (section 4, CC6.4 and A1.2) with no exceptions. No separate report needed.',
    },
  },
  ledgerly: {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'CONFIDENTIALITY', 'PROCESSING_INTEGRITY'],
    periodMonths: 12,
    endMonthsAgo: 4,
    issueLagDays: 41,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [
      'For 1 of 40 sampled production changes, evidence of peer review before deployment was not retained (CC8.1). ' +
        'Management stated the change was reviewed verbally; merges now require a recorded approval.',
    ],
    hasMaterialImpact: false,
    userControls: [
      [
        'Customers are responsible for reviewing user access to Ledgerly quarterly and removing users who no longer need it.',
        false,
      ],
      [
        'Customers are responsible for approving vendor payment batches in Ledgerly with dual approval.',
        true,
      ],
      [
        'Customers are responsible for reconciling imported bank feeds to their bank statements monthly.',
        true,
      ],
    ],
    services: ['Accounts payable automation', 'Bank feed reconciliation', 'Expense management'],
    locations: [
      ['Austin', 'Texas'],
      ['Toronto', 'Ontario'],
    ],
    cpaFirm: 'Brightline Assurance CPAs',
    cpaProcedurePerformed: peerReview(
      'Brightline Assurance',
      'Texas State Board of Public Accountancy',
      2024,
    ),
    subservice: { name: 'Amazon Web Services (carve-out)', inclusive: false, procedure: CARVE_OUT_AWS },
  },
  'beacon-crm': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY'],
    periodMonths: 12,
    // The latest report Beacon could give us is stale: its period ended over a year ago.
    endMonthsAgo: 14,
    issueLagDays: 45,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      [
        'Customers are responsible for configuring single sign-on and enforcing MFA for Beacon CRM users.',
        true,
      ],
      ['Customers are responsible for reviewing which user roles are allowed to export contact data.', false],
    ],
    services: ['CRM platform', 'Email sequencing', 'Sales forecasting'],
    locations: [
      ['Denver', 'Colorado'],
      ['Amsterdam', 'Netherlands'],
    ],
    cpaFirm: 'Calder Whitney & Co. LLP',
    cpaProcedurePerformed: peerReview('Calder Whitney & Co.', 'Colorado State Board of Accountancy', 2023),
    subservice: {
      name: 'Google Cloud Platform (hosting); Postwave (transactional email)',
      inclusive: false,
      procedure:
        'Carve-out method. Reviewed the Google Cloud SOC 2 Type 2 report (unqualified). Postwave provides only a ' +
        'SOC 3; accepted because only contact email addresses are shared with it.',
    },
  },
  pagetrail: {
    certification: 'SOC_3',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY'],
    periodMonths: 12,
    endMonthsAgo: 5,
    issueLagDays: 30,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [],
    services: ['Knowledge base and internal wiki'],
    locations: [['Portland', 'Oregon']],
    cpaFirm: 'Prescott Lane CPAs LLP',
    cpaProcedurePerformed: peerReview('Prescott Lane', 'Oregon Board of Accountancy', 2024),
    subservice: null,
  },
  'watchpost-edr': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY', 'CONFIDENTIALITY', 'PROCESSING_INTEGRITY'],
    // A first Type 2 over a short window: worth a flag.
    periodMonths: 6,
    endMonthsAgo: 3,
    issueLagDays: 25,
    opinion: 'QUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity:
      'Opinion qualified for CC6.2 (quarterly access reviews not performed in Q2). Requested evidence of the two ' +
      'access reviews performed since the period ended and a bridge letter; re-check at the next renewal.',
    findings: [
      'Quarterly access reviews of the production environment were not performed for Q2. The Q3 review was ' +
        'completed and found no inappropriate access.',
      'For 3 of 12 sampled months, critical vulnerabilities were remediated after the 15-day SLA (22, 30 and 41 days).',
    ],
    hasMaterialImpact: false,
    userControls: [
      [
        'Customers are responsible for deploying the Watchpost agent to all in-scope endpoints and monitoring agent health.',
        false,
      ],
      [
        'Customers are responsible for triaging and responding to alerts raised in the Watchpost console.',
        true,
      ],
      ['Customers are responsible for restricting who can change detection policies and exclusions.', true],
    ],
    services: ['Endpoint detection and response', 'Managed threat hunting', 'Incident response retainer'],
    locations: [
      ['Raleigh', 'North Carolina'],
      ['Reading', 'United Kingdom'],
    ],
    cpaFirm: 'Meridian Audit Partners LLP',
    cpaProcedurePerformed: peerReview(
      'Meridian Audit Partners',
      'North Carolina State Board of CPA Examiners',
      2023,
    ),
    subservice: {
      name: 'Microsoft Azure (console hosting and telemetry pipeline)',
      inclusive: false,
      procedure:
        'Carve-out method. Obtained the Microsoft Azure SOC 2 Type 2 report from the Service Trust Portal ' +
        '(unqualified) and mapped the complementary subservice organization controls; no gaps found.',
    },
  },
} satisfies Partial<Record<VendorKey, ReportProfile>>;
