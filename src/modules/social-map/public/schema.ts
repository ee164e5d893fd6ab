// Params and response of GET /api/v1/social-map/services/:id: one service as the public service page
// shows it — our own plain shape, not HSDS (the HSDS API has that). The `professional` block is only
// there for professionals, coordinators and provider editors.
import { z } from 'zod';
import { FINANCING_ROUTES } from '../tables.ts';
import { postcode } from '../search/schema.ts';
import { DAYS } from '../search/service.ts';

export const serviceParams = z.object({ id: z.uuid() });
/** A postcode gives each location its distance, as in the search results the visitor came from. */
export const serviceQuery = z.object({ postcode: postcode.optional() });

const phone = z.object({ number: z.string(), description: z.string().nullable() });

const term = z.object({ code: z.string(), name: z.string() });

export const publicServiceOut = z.object({
  id: z.string(),
  name: z.string(),
  /** The plain-language (B1) summary; null when the entry has none. */
  summary: z.string().nullable(),
  description: z.string().nullable(),
  status: z.literal('active'),
  url: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(phone),
  alert: z.string().nullable(),
  organization: z
    .object({
      id: z.string(),
      name: z.string(),
      website: z.string().nullable(),
      email: z.string().nullable(),
      phones: z.array(phone),
    })
    .nullable(),
  locations: z.array(
    z.object({
      id: z.string(),
      name: z.string().nullable(),
      description: z.string().nullable(),
      /** HSDS `transportation`: how to get there. */
      transportation: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      /** Kilometres from the postcode in the query; null without one or without coordinates. */
      distance_km: z.number().nullable(),
      address: z
        .object({
          address_1: z.string(),
          address_2: z.string().nullable(),
          postal_code: z.string(),
          city: z.string(),
        })
        .nullable(),
      accessibility: z.array(
        z.object({ description: z.string().nullable(), details: z.string().nullable() }),
      ),
    }),
  ),
  /** Recurring opening hours; days as HSDS/iCal codes (MO … SU), times as hh:mm. */
  schedules: z.array(
    z.object({
      freq: z.enum(['WEEKLY', 'MONTHLY']).nullable(),
      days: z.array(z.enum(DAYS)),
      /** For a monthly schedule: which week of the month (1 = first, -1 = last), else null. */
      week_of_month: z.number().nullable(),
      opens_at: z.string().nullable(),
      closes_at: z.string().nullable(),
      description: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  /**
   * Whether the provider takes referrals through Wijkpunt (it is a participating organisation): then a
   * professional can refer to it and a logged-in resident can sign up for it (POST /api/v1/referrals).
   */
  takes_referrals: z.boolean(),
  /** The next sessions (at most 8), soonest first. */
  sessions: z.array(
    z.object({
      /** To sign up for this session with a referral (to.sessionId). */
      id: z.string(),
      starts_at: z.string(),
      ends_at: z.string().nullable(),
      capacity: z.number().nullable(),
      /** null: no limit. */
      places_left: z.number().nullable(),
      waiting_list: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
  costs: z.object({
    free: z.boolean(),
    financing_route: z.enum(FINANCING_ROUTES).nullable(),
    fees_description: z.string().nullable(),
    options: z.array(
      z.object({
        option: z.string().nullable(),
        amount: z.number().nullable(),
        currency: z.string().nullable(),
        amount_description: z.string().nullable(),
      }),
    ),
  }),
  languages: z.array(z.string()),
  domains: z.array(term),
  target_groups: z.array(term),
  minimum_age: z.number().nullable(),
  maximum_age: z.number().nullable(),
  application_process: z.string().nullable(),
  eligibility_description: z.string().nullable(),
  wor_eligible: z.boolean(),
  bor_eligible: z.boolean(),
  freshness: z.object({
    assured_date: z.string().nullable(),
    review_interval_months: z.number(),
    stale: z.boolean(),
    months_since_checked: z.number().nullable(),
  }),
  professional: z
    .object({
      contacts: z.array(
        z.object({
          name: z.string().nullable(),
          title: z.string().nullable(),
          department: z.string().nullable(),
          email: z.string().nullable(),
          phones: z.array(phone),
        }),
      ),
      referral: z.object({
        application_process: z.string().nullable(),
        eligibility_description: z.string().nullable(),
        required_documents: z.array(z.string()),
        wait_time: z.string().nullable(),
        wor_eligible: z.boolean(),
        bor_eligible: z.boolean(),
      }),
    })
    .optional(),
});
export type PublicService = z.output<typeof publicServiceOut>;
