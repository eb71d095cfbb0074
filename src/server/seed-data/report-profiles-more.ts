import type { VendorKey } from './people';
import { CARVE_OUT_AWS, peerReview, type ReportProfile } from './report-profiles';

export const MORE_REPORT_PROFILES = {
  inkwise: {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'CONFIDENTIALITY', 'PRIVACY'],
    periodMonths: 12,
    endMonthsAgo: 3,
    issueLagDays: 38,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      [
        'Customers are responsible for verifying signer identity when they use access-code authentication.',
        true,
      ],
      [
        'Customers are responsible for configuring document retention to meet their own legal hold obligations.',
        false,
      ],
    ],
    services: ['Electronic signature', 'Document templates', 'Audit trail certificates'],
    locations: [
      ['Boston', 'Massachusetts'],
      ['Montreal', 'Quebec'],
    ],
    cpaFirm: 'Ashgrove Attest Group, P.C.',
    cpaProcedurePerformed: peerReview(
      'Ashgrove Attest Group',
      'Massachusetts Board of Public Accountancy',
      2024,
    ),
    subservice: { name: 'Amazon Web Services (carve-out)', inclusive: false, procedure: CARVE_OUT_AWS },
  },
  'brightwave-mail': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY'],
    periodMonths: 9,
    endMonthsAgo: 4,
    issueLagDays: 44,
    opinion: 'QUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity:
      'Opinion qualified for CC8.1 (change management). Requested remediation evidence and a bridge letter ' +
      'confirming changes have been approved before deployment since the end of the period; due before renewal.',
    findings: [
      'Change tickets for 11 of 25 sampled production changes had no documented approval before implementation ' +
        '(CC8.1). This deviation is the basis for the qualified opinion.',
      'Backup restoration tests were not performed during the first half of the audit period (A1.3).',
    ],
    hasMaterialImpact: true,
    userControls: [
      [
        'Customers are responsible for obtaining consent from contacts before importing them into Brightwave Mail.',
        true,
      ],
      ["Customers are responsible for removing users' access to Brightwave Mail upon termination.", true],
    ],
    services: ['Email marketing campaigns', 'Audience segmentation'],
    locations: [['Chicago', 'Illinois']],
    cpaFirm: 'Brightline Assurance CPAs',
    cpaProcedurePerformed: peerReview('Brightline Assurance', 'Illinois Board of Examiners', 2024),
    subservice: {
      name: 'Cirrus Cloud Hosting (hosting); Relaymark (email delivery infrastructure)',
      inclusive: false,
      procedure:
        'Carve-out method. Cirrus Cloud Hosting is covered by our own review of its SOC 2 Type 2. Relaymark ' +
        'provided a SOC 2 Type 1 only; asked Brightwave for its monitoring of Relaymark.',
    },
  },
  'keystone-identity': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY', 'CONFIDENTIALITY'],
    periodMonths: 12,
    endMonthsAgo: 3,
    issueLagDays: 21,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      ['Customers are responsible for enforcing phishing-resistant MFA for administrators.', true],
      [
        'Customers are responsible for reviewing the Keystone system log for suspicious administrator activity.',
        false,
      ],
      [
        'Customers are responsible for deprovisioning users in their HR system so that SCIM removes access downstream.',
        true,
      ],
    ],
    services: ['Single sign-on', 'Multi-factor authentication', 'Lifecycle management (SCIM provisioning)'],
    locations: [
      ['San Jose', 'California'],
      ['Dublin', 'Ireland'],
      ['Sydney', 'New South Wales'],
    ],
    cpaFirm: 'Halvorsen & Reed LLP',
    cpaProcedurePerformed: peerReview('Halvorsen & Reed', 'California Board of Accountancy', 2024),
    subservice: {
      name: 'Amazon Web Services (primary hosting); Google Cloud Platform (disaster recovery)',
      inclusive: false,
      procedure:
        'Carve-out method. Reviewed both providers’ SOC 2 Type 2 reports (unqualified) and confirmed the ' +
        'complementary subservice organization controls in section 3 are covered.',
    },
  },
  tallyhire: {
    certification: 'SOC_2',
    // A prospective vendor with only a Type 1: design, not operating effectiveness.
    scopeType: 'TYPE_1',
    criteria: ['SECURITY'],
    periodMonths: 0,
    endMonthsAgo: 3,
    issueLagDays: 30,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      [
        'Customers are responsible for limiting recruiter access to candidate records on a need-to-know basis.',
        false,
      ],
    ],
    services: ['Applicant tracking', 'Interview scheduling'],
    locations: [['Atlanta', 'Georgia']],
    cpaFirm: 'Prescott Lane CPAs LLP',
    cpaProcedurePerformed: peerReview('Prescott Lane', 'Georgia State Board of Accountancy', 2024),
    subservice: {
      name: 'Stackyard PaaS (application hosting)',
      inclusive: false,
      procedure:
        'Carve-out method. Requested Stackyard’s SOC 2 report through Tallyhire; received its SOC 3 summary.',
    },
  },
  'quarry-analytics': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'CONFIDENTIALITY'],
    periodMonths: 6,
    endMonthsAgo: 3,
    issueLagDays: 33,
    opinion: 'UNQUALIFIED',
    // The report covers the analytics platform, not the add-on we are buying.
    encompassBusinessNeeds: false,
    followUpActivity:
      'The report excludes the Warehouse Sync add-on we plan to buy. Asked Quarry for its plan to bring the add-on ' +
      'into scope in the next period.',
    findings: [],
    hasMaterialImpact: null,
    userControls: [
      [
        'Customers are responsible for not sending personal data in event properties unless it is hashed.',
        false,
      ],
      ['Customers are responsible for rotating project API secrets when staff with access leave.', true],
    ],
    services: ['Product analytics', 'Session replay'],
    locations: [
      ['Seattle', 'Washington'],
      ['London', 'United Kingdom'],
    ],
    cpaFirm: 'Calder Whitney & Co. LLP',
    cpaProcedurePerformed: peerReview('Calder Whitney & Co.', 'Washington State Board of Accountancy', 2023),
    subservice: {
      name: 'Google Cloud Platform (BigQuery and Cloud Storage)',
      inclusive: false,
      procedure:
        'Carve-out method. Reviewed the Google Cloud SOC 2 Type 2 report; unqualified, CSOCs covered.',
    },
  },
  'harborline-backup': {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    criteria: ['SECURITY', 'AVAILABILITY'],
    periodMonths: 12,
    endMonthsAgo: 6,
    issueLagDays: 40,
    opinion: 'ADVERSE',
    encompassBusinessNeeds: true,
    followUpActivity:
      'Adverse opinion on availability: backups failed without alerting for weeks. Recommended not renewing; ' +
      'data export and offboarding plan started with IT.',
    findings: [
      'Automated backup jobs for 2 of 4 storage regions failed for 37 consecutive days without alerting (A1.2).',
      'Restore tests were not performed at any point during the audit period (A1.3).',
    ],
    hasMaterialImpact: true,
    userControls: [
      ['Customers are responsible for monitoring backup job notifications and reporting failures.', false],
    ],
    services: ['Cloud backup', 'Point-in-time restore'],
    locations: [['Phoenix', 'Arizona']],
    cpaFirm: 'Ashgrove Attest Group, P.C.',
    cpaProcedurePerformed: peerReview('Ashgrove Attest Group', 'Arizona State Board of Accountancy', 2023),
    subservice: {
      name: 'Granite Peak Data Centers (colocation)',
      inclusive: true,
      procedure:
        'Inclusive method: Granite Peak’s physical controls were tested within this report; no exceptions.',
    },
  },
} satisfies Partial<Record<VendorKey, ReportProfile>>;
