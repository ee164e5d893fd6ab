// API client of the resident's own record. Shapes come from the server's zod schemas (type-only imports:
// nothing of the server ends up in the bundle).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { RecordCategory } from '../../../modules/record/categories.ts';
import type * as s from '../../../modules/record/schema.ts';

export type { RecordCategory };
export type ImportResult = z.output<typeof s.importOut>;
export type Summary = z.output<typeof s.summaryOut>;
export type CategoryView = z.output<typeof s.categoryOut>;
export type Item = z.output<typeof s.itemOut>;
export type Series = z.output<typeof s.seriesOut>;
export type Concept = z.output<typeof s.conceptOut>;

/** The server's limit; the page checks it first to say so in plain words. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The parts of the record, in the order the page shows them (the server's RECORD_CATEGORIES). */
export const CATEGORIES: readonly RecordCategory[] = [
  'medication',
  'problems',
  'measurements',
  'health-checks',
  'notes',
  'documents',
  'contacts',
];

export const recordApi = {
  summary: () => request<Summary>('GET', '/me/record'),
  category: (category: RecordCategory) =>
    request<CategoryView>('GET', `/me/record/${encodeURIComponent(category)}`),
  import: (bundle: unknown) => request<ImportResult>('POST', '/me/record/import', { body: bundle }),
};
