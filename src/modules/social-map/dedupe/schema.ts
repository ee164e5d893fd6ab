// Validation and response shapes of duplicate finding, the review queue, sources and thresholds.
import { z } from 'zod';

const kind = z.enum(['service', 'organization']);
const status = z.enum(['merged', 'review', 'kept_apart', 'unmerged']);

export const idParams = z.object({ id: z.string() });
export const kindIdParams = z.object({ id: z.string() });

export const pairsQuery = z.object({
  status: status.default('review'),
  kind: kind.optional(),
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});

const side = z.object({
  recordId: z.string(),
  source: z.string(),
  externalId: z.string(),
  entityId: z.string(),
  status: z.enum(['active', 'withdrawn']),
  verifiedAt: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  organizationName: z.string().nullable(),
});

const pairSummary = z.object({
  id: z.string(),
  kind,
  score: z.number(),
  status,
  automatic: z.boolean(),
  decidedAt: z.string().nullable(),
  a: side,
  b: side,
});

export const pairListOut = z.object({
  items: z.array(pairSummary),
  total: z.number(),
  page: z.number(),
  perPage: z.number(),
});

export const pairOut = pairSummary.extend({
  features: z.record(z.string(), z.number().nullable()),
  fields: z.array(
    z.object({
      field: z.string(),
      a: z.string().nullable(),
      b: z.string().nullable(),
      differs: z.boolean(),
      choosable: z.boolean(),
    }),
  ),
  decisions: z.array(
    z.object({
      action: z.enum(['auto_merge', 'merge', 'keep_apart', 'unmerge', 'reopen']),
      at: z.string(),
      by: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  canDecide: z.boolean(),
  canUndo: z.boolean(),
});

export const mergeBody = z
  .object({
    /** Per field (snapshot key, e.g. "name", "email", "url"), which record's value the entry keeps. */
    values: z.record(z.string(), z.enum(['a', 'b'])).optional(),
  })
  .default({});

export const runOut = z.object({
  counts: z.object({
    records: z.number(),
    merged: z.number(),
    review: z.number(),
    newMerged: z.number(),
    newReview: z.number(),
  }),
  seconds: z.number(),
});

const thresholds = z.object({ autoMerge: z.number(), review: z.number() });
export const settingsItem = thresholds.extend({
  regionId: z.string(),
  regionName: z.string(),
  isDefault: z.boolean(),
});
export const settingsOut = z.object({ defaults: thresholds, items: z.array(settingsItem) });
export const regionParams = z.object({ regionId: z.uuid() });
export const settingsBody = z.object({
  autoMerge: z.number().gt(0).max(1),
  review: z.number().gt(0).max(1),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const sourceOut = z.object({
  id: z.string(),
  name: z.string(),
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  owner: z.string().nullable(),
  contact: z.string().nullable(),
  format: z.string().nullable(),
  refreshIntervalDays: z.number().nullable(),
  lastImportedAt: z.string().nullable(),
  overdue: z.boolean(),
  counts: z.object({
    services: z.number(),
    organizations: z.number(),
    withdrawn: z.number(),
    merged: z.number(),
  }),
});
export const sourceListOut = z.object({ items: z.array(sourceOut) });
export const sourceBody = z.object({
  owner: optionalText(200),
  contact: optionalText(200),
  format: optionalText(100),
  refreshIntervalDays: z.number().int().min(1).max(3650).nullable().default(null),
});

export const entrySourcesOut = z.object({
  kind,
  id: z.string(),
  name: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      source: z.string().nullable(),
      sourceRecordId: z.string().nullable(),
      verifiedAt: z.string().nullable(),
      pinned: z.boolean(),
    }),
  ),
  records: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      externalId: z.string(),
      entityId: z.string(),
      status: z.enum(['active', 'withdrawn']),
      verifiedAt: z.string(),
      withdrawnAt: z.string().nullable(),
      name: z.string(),
    }),
  ),
});
