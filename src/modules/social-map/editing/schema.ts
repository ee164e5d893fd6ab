// Validation for social-map editing. The revision document is the editable part of one service: HSDS
// field names (so it reads like the HSDS object it becomes) plus the Dutch profile and a few lists.
// Items of a list may carry the id of the row they edit; an item without id is new.
import { z } from 'zod';
import { bilingual } from '../../../server/errors.ts';

const text = (max: number) => z.string().trim().max(max);
// No transforms: the same schemas give the OpenAPI document. Empty strings become null in the service.
const optionalText = (max: number) => text(max).nullable().default(null);
const time = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    bilingual('Tijd als uu:mm, bijvoorbeeld 09:30', 'Time as hh:mm, e.g. 09:30'),
  )
  .nullable()
  .default(null);

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const FINANCING = ['free', 'wmo', 'zvw', 'self_paid', 'membership'] as const;
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const serviceAreaItem = z.object({
  id: z.uuid().optional(),
  cbs_code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^(WK\d{6}|BU\d{8}|GM\d{4})$/,
      bilingual(
        'CBS-code van een wijk (WK034401), buurt (BU03440101) of gemeente (GM0344)',
        'CBS code of a district (WK034401), neighbourhood (BU03440101) or municipality (GM0344)',
      ),
    ),
  name: optionalText(200),
});
export const phoneItem = z.object({
  id: z.uuid().optional(),
  number: text(40).min(1),
  type: optionalText(40),
  description: optionalText(200),
});
export const scheduleItem = z.object({
  id: z.uuid().optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).nullable().default(null),
  byday: z.array(z.enum(DAYS)).max(7).default([]),
  opens_at: time,
  closes_at: time,
  description: optionalText(500),
});
export const languageItem = z.object({
  id: z.uuid().optional(),
  name: text(100).min(1),
  code: optionalText(10),
});
export const costOptionItem = z.object({
  id: z.uuid().optional(),
  option: optionalText(200),
  amount: z.number().min(0).max(1_000_000).nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, bilingual('Valutacode, bijvoorbeeld EUR', 'Currency code, e.g. EUR'))
    .default('EUR'),
  amount_description: optionalText(500),
});

export const serviceDocument = z
  .object({
    name: text(200).min(1),
    alternate_name: optionalText(200),
    description: optionalText(10_000),
    summary_b1: optionalText(1000),
    url: z.url().max(500).nullable().default(null),
    email: z.email().max(254).nullable().default(null),
    status: z.enum(SERVICE_STATUSES).default('active'),
    application_process: optionalText(2000),
    fees_description: optionalText(2000),
    eligibility_description: optionalText(2000),
    minimum_age: z.number().int().min(0).max(130).nullable().default(null),
    maximum_age: z.number().int().min(0).max(130).nullable().default(null),
    financing_route: z.enum(FINANCING).nullable().default(null),
    wor_eligible: z.boolean().default(false),
    bor_eligible: z.boolean().default(false),
    review_interval_months: z.number().int().min(1).max(60).default(12),
    service_areas: z.array(serviceAreaItem).max(50).default([]),
    phones: z.array(phoneItem).max(20).default([]),
    schedules: z.array(scheduleItem).max(50).default([]),
    cost_options: z.array(costOptionItem).max(20).default([]),
    // Optional: a document stored before languages were editable leaves the entry's languages alone.
    languages: z.array(languageItem).max(30).optional(),
    taxonomy_term_ids: z.array(z.uuid()).max(50).default([]),
  })
  .superRefine((d, ctx) => {
    if (d.minimum_age !== null && d.maximum_age !== null && d.minimum_age > d.maximum_age)
      ctx.addIssue({
        code: 'custom',
        path: ['maximum_age'],
        message: bilingual(
          'De maximumleeftijd is lager dan de minimumleeftijd.',
          'The maximum age is lower than the minimum age.',
        ),
      });
  });
export type ServiceDocument = z.output<typeof serviceDocument>;
export type ServiceDocumentInput = z.input<typeof serviceDocument>;

export const REVISION_STATES = ['draft', 'review', 'sent_back', 'published'] as const;
export const REVISION_ACTIONS = ['update', 'submit', 'discard', 'approve', 'send_back'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export const idParams = z.object({ id: z.uuid() });
export const newServiceBody = z.object({ organizationId: z.uuid(), document: serviceDocument });
export const documentBody = z.object({ document: serviceDocument });
export const sendBackBody = z.object({ remark: text(2000).min(1) });
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

const person = z.object({ id: z.string(), name: z.string() }).nullable();
export const revisionOut = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  state: z.enum(REVISION_STATES),
  version: z.number().nullable(),
  document: serviceDocument,
  remark: z.string().nullable(),
  author: person,
  decidedBy: person,
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** What the caller may do with it now, so pages need not copy the rules. */
  allowedActions: z.array(z.enum(REVISION_ACTIONS)),
});
export const revisionSummaryOut = revisionOut.omit({ document: true });

export const historyOut = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      revisionId: z.string(),
      baseline: z.boolean(),
      publishedAt: z.string(),
      author: person,
      approvedBy: person,
    }),
  ),
});

export const changeOut = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const diffOut = z.object({
  from: z.number().nullable(),
  to: z.number().nullable(),
  changes: z.array(changeOut),
});

export const verifyOut = z.object({ serviceId: z.string(), assuredDate: z.string() });

export const PROBLEM_KINDS = ['wrong_phone', 'wrong_address', 'stopped', 'moved', 'other'] as const;
export const reportBody = z.object({
  kind: z.enum(PROBLEM_KINDS),
  description: text(2000).min(1),
  email: z.email().max(254).nullable().default(null),
});
export const reportCreatedOut = z.object({ id: z.string() });
export const reportOut = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  kind: z.enum(PROBLEM_KINDS),
  description: z.string(),
  reporterEmail: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
});
export const closeReportBody = z.object({ note: text(2000).min(1) });

export const staleOut = z.object({
  serviceId: z.string(),
  name: z.string(),
  assuredDate: z.string().nullable(),
  dueDate: z.string().nullable(),
});
export const worklistOut = z.object({
  stale: z.array(staleOut),
  reports: z.array(reportOut),
  reviews: z.array(revisionSummaryOut),
});

export const notificationOut = z.object({
  id: z.string(),
  serviceId: z.string().nullable(),
  serviceName: z.string().nullable(),
  kind: z.enum(['review_due_soon', 'review_expired', 'problem_report']),
  message: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const editableQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(25),
});
export const entryOut = z.object({
  id: z.string(),
  name: z.string(),
  organizationName: z.string().nullable(),
  status: z.enum(SERVICE_STATUSES),
  published: z.boolean(),
  /** Last-verified date (YYYY-MM-DD) and the date it must be checked again. */
  assuredDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  stale: z.boolean(),
  openReports: z.number(),
  /** The change in progress, if any (one at a time per entry). */
  openChange: z
    .object({ id: z.string(), state: z.enum(REVISION_STATES), remark: z.string().nullable() })
    .nullable(),
});
export const entryListOut = z.object({
  items: z.array(entryOut),
  total: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export const entryOverviewOut = entryOut.extend({ canEdit: z.boolean(), canReview: z.boolean() });
export const optionsQuery = z.object({ q: z.string().trim().max(200).optional() });
export const TERM_GROUPS = ['domain', 'target_group', 'need', 'other'] as const;
export const editingOptionsOut = z.object({
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  areas: z.array(z.object({ cbsCode: z.string(), name: z.string() })),
  terms: z.array(
    z.object({
      id: z.string(),
      code: z.string().nullable(),
      name: z.string(),
      parentId: z.string().nullable(),
      group: z.enum(TERM_GROUPS),
    }),
  ),
});

export const list = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
