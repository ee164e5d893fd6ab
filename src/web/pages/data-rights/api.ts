// API client of the resident's AVG rights (a copy of everything, deleting the account).
import { request } from '../../api.ts';

export interface DeletionPlan {
  allowed: boolean;
  deleted: { what: string; count: number | null }[];
  kept: { what: string; why: string }[];
}

export const dataRightsApi = {
  plan: () => request<DeletionPlan>('GET', '/me/deletion'),
  deleteAccount: (password: string) => request<null>('DELETE', '/me', { body: { password } }),
};

/** Plain links: the browser downloads with the session cookie (a GET needs no CSRF token). */
export const exportUrl = (format: 'fhir' | 'html') => `/api/v1/me/export?format=${format}`;
