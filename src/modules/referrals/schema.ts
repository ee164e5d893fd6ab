// HTTP shapes of referrals (zod; they also make the OpenAPI document). The request of POST /api/v1/referrals
// and of the transitions is fixed by issue 7; the rest may grow.
import { z } from 'zod';
import { bilingual } from '../../server/errors.ts';
import { day } from '../consent/schema.ts';
import { RECORD_CATEGORIES } from '../record/categories.ts';
import { CONTACT_KINDS, REFERRAL_STATUSES } from './tables.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const destination = z
  .object({
    organisationId: z.uuid().optional(),
    serviceId: z.uuid().optional(),
    /** a team's id */
    team: z.uuid().optional(),
    /** a dated session of the service (its places are checked) */
    sessionId: z.uuid().optional(),
  })
  .superRefine((to, ctx) => {
    const named = [to.organisationId, to.serviceId, to.team].filter(Boolean).length;
    if (named !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: bilingual(
          'Kies één bestemming: een organisatie, een team of een aanbod van de sociale kaart.',
          'Choose one destination: an organisation, a team or a service of the social map.',
        ),
      });
    }
    if (to.sessionId && !to.serviceId) {
      ctx.addIssue({
        code: 'custom',
        path: ['sessionId'],
        message: bilingual('Een bijeenkomst hoort bij een aanbod.', 'A session belongs to a service.'),
      });
    }
  });

export const createBody = z.object({
  residentId: z.uuid(),
  to: destination,
  reason: text(2000),
  /** taxonomy term codes of the social map, e.g. behoefte.minder-eenzaam */
  needs: z.array(text(200)).max(20).default([]),
  /** ICPC-1 codes of a GP referral, e.g. Z29 or P03 */
  icpc: z
    .array(
      z
        .string()
        .regex(
          /^[A-Z]\d{2}(\.\d{1,2})?$/,
          bilingual(
            'Een ICPC-code is een letter en twee cijfers, zoals P03.',
            'An ICPC code is a letter and two digits, like P03.',
          ),
        ),
    )
    .max(10)
    .default([]),
  /** what goes with the referral: the parts of the record the resident consents to share with the receiver */
  consent: z.object({
    categories: z
      .array(z.enum(RECORD_CATEGORIES))
      .refine(
        (a) => new Set(a).size === a.length,
        bilingual('Elk deel mag maar één keer.', 'Each part may appear only once.'),
      ),
    validUntil: day.optional(),
  }),
  urgency: z.enum(['routine', 'urgent']).default('routine'),
  preferences: z
    .object({
      contactBy: z.enum(['phone', 'email', 'letter']).optional(),
      language: z
        .string()
        .regex(/^[a-z]{2,3}$/, bilingual('Een taalcode zoals nl of ar.', 'A language code such as nl or ar.'))
        .optional(),
    })
    .default({}),
  /** the front-desk question this referral answers */
  questionId: z.uuid().optional(),
});
export type CreateInput = z.infer<typeof createBody>;

const feedback = z.object({
  needsAddressed: z.array(text(200)).max(20).default([]),
  supportGiven: text(4000),
  linkedServiceIds: z.array(z.uuid()).max(20).default([]),
  outcome: text(4000),
  wellbeing: z
    .object({
      instrument: z.enum(['ONS4', 'SWEMWBS']),
      before: z.number().min(0).max(40),
      after: z.number().min(0).max(40),
    })
    .optional(),
});

export const transitionBody = z.object({
  to: z.enum(REFERRAL_STATUSES),
  reason: text(2000).optional(),
  /** on completion: the message back to the referrer */
  outcome: feedback.optional(),
});
export type TransitionInput = z.infer<typeof transitionBody>;

export const idParams = z.object({ id: z.uuid() });

export const listQuery = z.object({
  /** sent: I referred; received: to me or my team or organisation; mine: about me (residents) */
  box: z.enum(['sent', 'received', 'mine']),
  status: z.enum(REFERRAL_STATUSES).optional(),
});

const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingual('Vul een maand in als JJJJ-MM.', 'Enter a month as YYYY-MM.'));

export const figuresQuery = z.object({ from: yearMonth, to: yearMonth }).refine((q) => q.from <= q.to, {
  path: ['to'],
  message: bilingual('De eindmaand ligt vóór de beginmaand.', 'The last month is before the first.'),
});

export const contactBody = z.object({
  /** when the contact took place (ISO date-time) */
  at: z.iso.datetime({ offset: true }),
  kind: z.enum(CONTACT_KINDS),
  note: text(4000),
});

export const linkBody = z.object({ serviceId: z.uuid() });
export const linkParams = z.object({ id: z.uuid(), serviceId: z.uuid() });
