import type { DemoUser, DemoVendor } from '../seed-data';

/* The three sign-in users of API.md plus a second reviewer, so the reviewer picker has a choice. */
export const REVIEWER = 'reviewer@example.com';
export const MANAGER = 'manager@example.com';
export const AUDITOR = 'auditor@example.com';
export const SECOND_REVIEWER = 'sam.ortiz@example.com';

export const DEMO_USERS: DemoUser[] = [
  { email: REVIEWER, firstName: 'Riley', lastName: 'Chen', role: 'reviewer', jobTitle: 'Security Analyst' },
  { email: MANAGER, firstName: 'Morgan', lastName: 'Patel', role: 'manager', jobTitle: 'GRC Manager' },
  { email: AUDITOR, firstName: 'Avery', lastName: 'Johnson', role: 'auditor', jobTitle: 'Internal Auditor' },
  {
    email: SECOND_REVIEWER,
    firstName: 'Sam',
    lastName: 'Ortiz',
    role: 'reviewer',
    jobTitle: 'Security Engineer',
  },
];

export const VENDOR_KEYS = [
  'northwind-payroll',
  'cirrus-cloud',
  'ledgerly',
  'beacon-crm',
  'pagetrail',
  'watchpost-edr',
  'inkwise',
  'brightwave-mail',
  'keystone-identity',
  'tallyhire',
  'quarry-analytics',
  'harborline-backup',
] as const;
export type VendorKey = (typeof VENDOR_KEYS)[number];

type VendorRow = Omit<DemoVendor, 'key'>;

/* Fictional SaaS vendors; categories are Drata-style upper-case strings. */
const VENDORS: Record<VendorKey, VendorRow> = {
  'northwind-payroll': {
    name: 'Northwind Payroll',
    category: 'HR',
    risk: 'HIGH',
    status: 'ACTIVE',
    isSubProcessor: true,
  },
  'cirrus-cloud': {
    name: 'Cirrus Cloud Hosting',
    category: 'ENGINEERING',
    risk: 'CRITICAL',
    status: 'ACTIVE',
    isSubProcessor: true,
  },
  ledgerly: { name: 'Ledgerly', category: 'FINANCE', risk: 'HIGH', status: 'ACTIVE', isSubProcessor: true },
  'beacon-crm': {
    name: 'Beacon CRM',
    category: 'SALES',
    risk: 'MODERATE',
    status: 'ACTIVE',
    isSubProcessor: true,
  },
  pagetrail: {
    name: 'Pagetrail Docs',
    category: 'PRODUCT',
    risk: 'LOW',
    status: 'ACTIVE',
    isSubProcessor: false,
  },
  'watchpost-edr': {
    name: 'Watchpost EDR',
    category: 'SECURITY',
    risk: 'CRITICAL',
    status: 'ACTIVE',
    isSubProcessor: false,
  },
  inkwise: {
    name: 'Inkwise eSign',
    category: 'LEGAL',
    risk: 'MODERATE',
    status: 'ACTIVE',
    isSubProcessor: true,
  },
  'brightwave-mail': {
    name: 'Brightwave Mail',
    category: 'MARKETING',
    risk: 'MODERATE',
    status: 'UNDER_REVIEW',
    isSubProcessor: true,
  },
  'keystone-identity': {
    name: 'Keystone Identity',
    category: 'IT',
    risk: 'CRITICAL',
    status: 'ACTIVE',
    isSubProcessor: false,
  },
  tallyhire: {
    name: 'Tallyhire',
    category: 'HR',
    risk: 'MODERATE',
    status: 'PROSPECTIVE',
    isSubProcessor: true,
  },
  'quarry-analytics': {
    name: 'Quarry Analytics',
    category: 'PRODUCT',
    risk: 'MODERATE',
    status: 'UNDER_REVIEW',
    isSubProcessor: true,
  },
  'harborline-backup': {
    name: 'Harborline Backup',
    category: 'IT',
    risk: 'HIGH',
    status: 'ARCHIVED',
    isSubProcessor: false,
  },
};

export const DEMO_VENDORS: DemoVendor[] = VENDOR_KEYS.map((key) => ({ key, ...VENDORS[key] }));

export function vendorName(key: VendorKey): string {
  return VENDORS[key].name;
}
