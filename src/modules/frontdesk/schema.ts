// HTTP shapes of the front desk (zod; they also make the OpenAPI document). POST /api/v1/frontdesk/questions
// takes {text, postcode?, contact?} as issue 7 fixes it; the rest is optional.
import { z } from 'zod';
import { bilingual } from '../../server/errors.ts';
import { STREAMS } from '../referrals/tables.ts';
import { TOPICS } from './classify.ts';

const postcode = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        /^[1-9]\d{3}[A-Z]{2}$/,
        bilingual('Vul een postcode in zoals 6461 AB.', 'Enter a postcode like 6461 AB.'),
      ),
  );

export const askBody = z.object({
  text: z.string().trim().min(1).max(4000),
  postcode: postcode.optional(),
  /** how to reach someone without an account (phone or e-mail), taken down at the desk */
  contact: z.string().trim().min(1).max(300).optional(),
  /** at the desk: the resident, when they have an account */
  residentId: z.uuid().optional(),
  channel: z.enum(['desk', 'phone']).optional(),
  neighbourhoodId: z.uuid().optional(),
  intake: z
    .object({
      topic: z.enum(TOPICS).optional(),
      /** short answers of the intake: for whom, since when, what has been tried */
      forWhom: z.enum(['me', 'someone_else']).optional(),
      since: z.enum(['days', 'weeks', 'months', 'longer']).optional(),
      tried: z.string().trim().max(1000).optional(),
    })
    .optional(),
});
export type AskInput = z.infer<typeof askBody>;

export const stepBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('picked_up') }),
  z.object({
    kind: z.literal('rerouted'),
    stream: z.enum(STREAMS),
    note: z.string().trim().max(4000).optional(),
  }),
  z.object({ kind: z.literal('answered'), answer: z.string().trim().min(1).max(4000) }),
  z.object({ kind: z.literal('closed'), note: z.string().trim().max(4000).optional() }),
]);

export const idParams = z.object({ id: z.uuid() });
export const queueQuery = z.object({ all: z.enum(['true', 'false']).default('false') });
