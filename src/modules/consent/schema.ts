// HTTP shapes of the consent ledger and of emergency access (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { DISCIPLINES } from '../../server/db/schema.ts';
import { bilingual } from '../../server/errors.ts';
import { RECORD_CATEGORIES } from '../record/categories.ts';
import { CONSENT_STATUSES, PURPOSES } from './tables.ts';

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('Vul een datum in als JJJJ-MM-DD.', 'Enter a date as YYYY-MM-DD.'))
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    bilingual('Deze datum bestaat niet.', 'This date does not exist.'),
  );

const categories = z
  .array(z.enum(RECORD_CATEGORIES))
  .min(1, bilingual('Kies minstens één deel van uw dossier.', 'Choose at least one part of your record.'))
  .refine(
    (a) => new Set(a).size === a.length,
    bilingual('Elk deel mag maar één keer.', 'Each part may appear only once.'),
  );

const purposeRef = z.string().trim().min(1).max(200);

export const grantee = z
  .object({
    userId: z.uuid().optional(),
    organisationId: z.uuid().optional(),
    role: z.enum(DISCIPLINES).optional(),
  })
  .superRefine((g, ctx) => {
    if (!g.userId === !g.organisationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['userId'],
        message: bilingual('Kies één persoon of één organisatie.', 'Choose one person or one organisation.'),
      });
    }
    if (g.role && !g.organisationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['role'],
        message: bilingual(
          'Een functie kiest u alleen bij een organisatie.',
          'A role can only be chosen with an organisation.',
        ),
      });
    }
  });

export const grantBody = z.object({
  grantee,
  purpose: z.enum(PURPOSES),
  purposeRef: purposeRef.optional(),
  categories,
  validFrom: day.optional(),
  validUntil: day,
});
export type GrantInput = z.infer<typeof grantBody>;

export const requestBody = z.object({
  residentEmail: z.email(bilingual('Vul een geldig e-mailadres in.', 'Enter a valid e-mail address.')),
  /** Ask for oneself, or for the whole organisation in one's own discipline. */
  for: z.enum(['me', 'organisation']).default('me'),
  purpose: z.enum(PURPOSES),
  purposeRef: purposeRef.optional(),
  categories,
  validUntil: day,
  note: z.string().trim().max(1000).optional(),
});
export type RequestInput = z.infer<typeof requestBody>;

export const idParams = z.object({ id: z.uuid() });
export const decisionBody = z.object({ decision: z.enum(['approve', 'decline']) });

export const consentOut = z.object({
  id: z.string(),
  grantee: z.object({
    kind: z.enum(['person', 'organisation']),
    id: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    role: z.enum(DISCIPLINES).nullable(),
  }),
  purpose: z.enum(PURPOSES),
  purposeRef: z.string().nullable(),
  /** what the reference names, for people: a referral's destination, the GP of a Wmo question */
  purposeRefName: z.string().nullable(),
  categories: z.array(z.enum(RECORD_CATEGORIES)),
  validFrom: z.string(),
  validUntil: z.string(),
  /** the stored status, with `expired` for an active consent past its last day */
  status: z.enum([...CONSENT_STATUSES, 'expired']),
  requestedBy: z.string().nullable(),
  requestNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** when someone last read the record on this consent */
  lastUsedAt: z.string().nullable(),
});
export type ConsentView = z.infer<typeof consentOut>;
export const consentList = z.object({ items: z.array(consentOut) });

export const granteeSearch = z.object({ q: z.string().trim().max(100).default('') });
export const granteesOut = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(DISCIPLINES),
      organisation: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
});

/** A resident whose record the caller may open now, and on what. */
export const sharedOut = z.object({
  items: z.array(
    z.object({
      residentId: z.string(),
      name: z.string(),
      consents: z.array(
        z.object({
          id: z.string(),
          purpose: z.enum(PURPOSES),
          purposeRef: z.string().nullable(),
          purposeRefName: z.string().nullable(),
          categories: z.array(z.enum(RECORD_CATEGORIES)),
          validUntil: z.string(),
        }),
      ),
      emergencyUntil: z.string().nullable(),
    }),
  ),
  /** whether the caller treats (a care discipline) and so may ask for emergency access */
  emergencyAllowed: z.boolean(),
});

export const emergencyBody = z.object({
  reason: z
    .string()
    .trim()
    .min(
      10,
      bilingual(
        'Beschrijf in minstens 10 tekens waarom u het dossier nu moet inzien.',
        'Describe in at least 10 characters why you must open the record now.',
      ),
    )
    .max(1000),
});
export const residentParams = z.object({ residentId: z.uuid() });
export const emergencyByEmailBody = emergencyBody.extend({
  residentEmail: z.email(bilingual('Vul een geldig e-mailadres in.', 'Enter a valid e-mail address.')),
});
export const emergencyByEmailOut = z.object({
  id: z.string(),
  residentId: z.string(),
  expiresAt: z.string(),
});
export const emergencyOut = z.object({ id: z.string(), expiresAt: z.string() });
export const emergencyList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      professional: z.string(),
      organisation: z.string(),
      neighbourhood: z.string().nullable(),
      reason: z.string(),
      startedAt: z.string(),
      expiresAt: z.string(),
    }),
  ),
});
