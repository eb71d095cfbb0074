import type { Role } from './enums';

/**
 * Drata's permission names (`x-drata-permissions`), and who holds them in the embedded server (API.md), plus
 * one of ours. Against a real Drata account `api-keys-manage` never appears in /auth/me, so the UI hides keys.
 */
export const PERMISSIONS = [
  'vendors-get',
  'vendors-get-vendor',
  'users-get',
  'vendors-get-questionnaires',
  'vendors-get-security-review-actions',
  'vendors-post-security-review',
  'vendors-put-security-review',
  'vendors-post-upload-questionnaires',
  'vendors-post-document',
  'vendors-post-security-review-action',
  // [ours] not a Drata permission: create, list and revoke API keys (/auth/api-keys).
  'api-keys-manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = [
  'vendors-get',
  'vendors-get-vendor',
  'users-get',
  'vendors-get-questionnaires',
  'vendors-get-security-review-actions',
];
const WRITE: Permission[] = [
  'vendors-post-security-review',
  'vendors-put-security-review',
  'vendors-post-upload-questionnaires',
  'vendors-post-document',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  reviewer: [...READ, ...WRITE],
  manager: [...READ, ...WRITE, 'vendors-post-security-review-action', 'api-keys-manage'],
  auditor: READ,
};

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Reviewer',
  manager: 'Manager',
  auditor: 'Auditor',
};

export function can(permissions: readonly string[] | undefined, permission: Permission): boolean {
  return permissions?.includes(permission) ?? false;
}
