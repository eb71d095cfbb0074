import type { SocSection } from './contract/soc-form';

/** Every URL of the app and of the API, spelled once. */
export const paths = {
  signIn: () => '/sign-in',
  reviews: () => '/reviews',
  apiKeys: () => '/settings/api-keys',
  review: (vendorId: number, reviewId: number) => `/vendors/${vendorId}/reviews/${reviewId}`,
  reviewSection: (vendorId: number, reviewId: number, section: SocSection) =>
    `/vendors/${vendorId}/reviews/${reviewId}/${section}`,
};

const V2 = '/public/v2';
export const api = {
  login: () => '/auth/login',
  logout: () => '/auth/logout',
  me: () => '/auth/me',
  apiKeys: () => '/auth/api-keys',
  apiKey: (id: number) => `/auth/api-keys/${id}`,
  reviews: () => `${V2}/vendor-security-reviews`,
  vendorReviews: (vendorId: number) => `${V2}/vendors/${vendorId}/security-reviews`,
  vendorReviewsWithFile: (vendorId: number) => `${V2}/vendors/${vendorId}/security-reviews/with-file`,
  review: (vendorId: number, reviewId: number) => `${V2}/vendors/${vendorId}/security-reviews/${reviewId}`,
  actions: (vendorId: number, reviewId: number) =>
    `${V2}/vendors/${vendorId}/security-reviews/${reviewId}/actions`,
  reviewQuestionnaires: (vendorId: number, reviewId: number) =>
    `${V2}/vendors/${vendorId}/security-reviews/${reviewId}/security-questionnaires`,
  vendorQuestionnaires: (vendorId: number) => `${V2}/vendors/${vendorId}/security-questionnaires`,
  documents: (vendorId: number) => `${V2}/vendors/${vendorId}/documents`,
  document: (vendorId: number, documentId: number) => `${V2}/vendors/${vendorId}/documents/${documentId}`,
  vendors: () => `${V2}/vendors`,
  vendor: (vendorId: number) => `${V2}/vendors/${vendorId}`,
  users: () => `${V2}/users`,
};
