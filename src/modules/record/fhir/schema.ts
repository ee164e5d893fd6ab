// The request shapes of the FHIR REST subset (zod; they also make the OpenAPI document). The resources
// themselves are checked by the record's own schemas when written (../schema.ts), and served as stored.
import { z } from 'zod';
import { PURPOSES } from '../../consent/tables.ts';
import type { PurposeOfUse } from '../../consent/service.ts';
import { bilingual } from '../../../server/errors.ts';
import { isSupported, type SupportedType } from '../categories.ts';
import { bundleBody } from '../schema.ts';
import { OutcomeError, issue } from './outcome.ts';

export const FHIR_BASE = '/fhir/R4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Page size of a search: FHIR's _count, with our default and ceiling. */
export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 200;

/** _format values that mean JSON (the only format served). */
const JSON_FORMATS = ['json', 'application/json', 'application/fhir+json'] as const;

/**
 * Why someone else's record is opened: the purpose a consent must name (default treatment), and the
 * referral or MDO it is for. Headers, because the same read serves several purposes and FHIR has no
 * search parameter for it. Ignored for the caller's own record.
 */
export const purposeHeaders = z.looseObject({
  'x-purpose-of-use': z.enum(PURPOSES).optional(),
  'x-purpose-ref': z.string().trim().min(1).max(200).optional(),
});
export type PurposeHeaders = z.infer<typeof purposeHeaders>;

export const purposeOf = (h: PurposeHeaders): PurposeOfUse => ({
  purpose: h['x-purpose-of-use'] ?? 'treatment',
  purposeRef: h['x-purpose-ref'],
});

export const metadataQuery = z.looseObject({ _format: z.enum(JSON_FORMATS).optional() });

export const typeParams = z.object({ type: z.string() });
export const readParams = z.object({ type: z.string(), id: z.string() });

// Strict: an unknown parameter is refused (400) rather than ignored, so no search returns more than asked.
export const searchQuery = z.strictObject({
  /** whose record (every type but Patient): `Patient/<id>` or `<id>`; a resident may leave it out */
  patient: z.string().min(1).max(200).optional(),
  /** Patient only: the resident's person id */
  _id: z.string().min(1).max(200).optional(),
  _count: z.coerce.number().int().min(0).optional(),
  _offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
  _format: z.enum(JSON_FORMATS).optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

/** A transaction or batch of creates; the entries' resources are checked when they are imported. */
export const transactionBody = bundleBody.extend({
  type: z.enum(['transaction', 'batch']),
  entry: z
    .array(
      z.looseObject({
        fullUrl: z.string().optional(),
        resource: z.unknown().optional(),
        request: z.looseObject({ method: z.string(), url: z.string() }),
      }),
    )
    .max(100_000)
    .optional(),
});
export type TransactionBody = z.infer<typeof transactionBody>;

/** A resource type we serve, else 404 (FHIR's answer for a type the server does not support). */
export function supportedType(type: string): SupportedType {
  if (isSupported(type)) return type;
  throw new OutcomeError(404, [
    issue(
      'not-supported',
      bilingual(
        `${type}: dit soort gegevens biedt Wijkpunt niet aan`,
        `${type}: Wijkpunt does not serve this resource type`,
      ),
    ),
  ]);
}
