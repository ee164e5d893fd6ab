// Requests and responses of the health check's API (decision 0022).
import { z } from 'zod';
import { DAYS } from '../../social-map/search/service.ts';
import { questionnaireResponseSchema } from '../questionnaires/engine.ts';
import { scoreOut } from '../schema.ts';
import { AGE_BANDS } from './figures.ts';
import { NEEDS } from './needs.ts';
import { DOMAINS } from './report.ts';

const text = z.object({ nl: z.string(), en: z.string() });
const light = z.enum(['green', 'orange', 'red']);
const answerValue = z.union([z.string(), z.number(), z.boolean()]);
const cause = z.object({ linkId: z.string(), answer: z.union([answerValue, z.array(answerValue)]) });
const point = z.object({ key: z.string(), light, text });
const need = z.object({ need: z.enum(NEEDS), name: text, because: text, causes: z.array(cause) });
const mark = z.number().int().min(0).max(10);

export const reportOut = z.object({
  questionnaire: z.string(),
  adult: z.boolean(),
  underAge: text.nullable(),
  safety: z
    .object({
      text,
      contacts: z.array(
        z.object({
          key: z.string(),
          name: text,
          phone: z.string().nullable(),
          url: z.string().nullable(),
          when: text,
        }),
      ),
    })
    .nullable(),
  adviceCare: z
    .object({
      text,
      reasons: z.array(z.object({ key: z.string(), text, causes: z.array(cause) })),
      frontdesk: z.object({ method: z.literal('POST'), path: z.string(), suggestedText: text }),
    })
    .nullable(),
  domains: z.array(
    z.object({
      domain: z.enum(DOMAINS),
      name: text,
      score: mark.nullable(),
      light: light.nullable(),
      wantsToTalk: z.boolean(),
      goesWell: z.array(point),
      couldHelp: z.array(point),
    }),
  ),
  scores: z.record(z.string(), scoreOut.nullable()),
  needs: z.array(need),
});

const reason = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('need'),
    need: z.enum(NEEDS),
    terms: z.array(z.string()),
    causes: z.array(cause),
    text,
  }),
  z.object({ kind: z.literal('free'), text }),
  z.object({ kind: z.literal('distance'), meters: z.number().int(), text }),
  z.object({
    kind: z.literal('day'),
    day: z.enum(DAYS),
    partOfDay: z.enum(['morning', 'afternoon', 'evening']).nullable(),
    preferred: z.boolean(),
    text,
  }),
  z.object({ kind: z.literal('accessible'), text }),
  z.object({
    kind: z.literal('age'),
    minimumAge: z.number().nullable(),
    maximumAge: z.number().nullable(),
    text,
  }),
]);

export const matchOut = z.object({
  serviceId: z.string(),
  name: z.string(),
  summary: z.string().nullable(),
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  needs: z.array(z.enum(NEEDS)),
  terms: z.array(z.string()),
  free: z.boolean(),
  distanceMeters: z.number().int().nullable(),
  accessible: z.boolean(),
  reasons: z.array(reason),
  text,
});

export const reportBody = z.object({
  response: questionnaireResponseSchema,
  postcode: z.string().trim().max(20).optional(),
  age: z.number().int().min(18).max(130).optional(),
  /** preferred days: offers on these days rank higher */
  days: z.array(z.enum(DAYS)).max(7).optional(),
  /** prefer places with accessibility information */
  accessible: z.boolean().optional(),
});

export const reportResponse = z.object({
  report: reportOut,
  needs: z.array(need),
  matches: z.array(matchOut),
});

export const questionnaireOut = z.object({
  id: z.string(),
  url: z.string(),
  version: z.string(),
  questionnaire: z.record(z.string(), z.unknown()),
});

const needsRecord = z.object(
  Object.fromEntries(NEEDS.map((n) => [n, z.array(z.string().trim().min(1).max(200)).max(50)])) as Record<
    (typeof NEEDS)[number],
    z.ZodArray<z.ZodString>
  >,
);
export const needsMapOut = z.object({ needs: needsRecord });
export const needsMapBody = z.object({ needs: needsRecord.strict() });

export const saveBody = z.object({ response: questionnaireResponseSchema });
export const savedOut = z.object({
  id: z.string(),
  authored: z.string(),
  domainScores: z.object(
    Object.fromEntries(DOMAINS.map((d) => [d, mark])) as Record<(typeof DOMAINS)[number], typeof mark>,
  ),
});
export const trendOut = z.object({
  domains: z.array(
    z.object({
      domain: z.enum(DOMAINS),
      points: z.array(z.object({ at: z.string(), score: mark, light, responseId: z.string().nullable() })),
    }),
  ),
});

export const contributionBody = z.strictObject({
  ageBand: z.enum(AGE_BANDS),
  neighbourhoodCbsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^WK\d{6}$/),
  domainScores: z.strictObject(
    Object.fromEntries(DOMAINS.map((d) => [d, mark])) as Record<(typeof DOMAINS)[number], typeof mark>,
  ),
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const figuresQuery = z.object({ from: month.optional(), to: month.optional() });
const lights = z.object({ green: z.number(), orange: z.number(), red: z.number() });
const cellOut = z.object({
  persons: z.number().nullable(),
  domains: z
    .object(
      Object.fromEntries(
        DOMAINS.map((d) => [d, z.object({ mean: z.number().nullable(), lights: lights.nullable() })]),
      ) as Record<
        (typeof DOMAINS)[number],
        z.ZodObject<{ mean: z.ZodNullable<z.ZodNumber>; lights: z.ZodNullable<typeof lights> }>
      >,
    )
    .nullable(),
});
export const figuresOut = z.object({
  items: z.array(
    z.object({
      neighbourhoodId: z.string(),
      neighbourhood: z.string(),
      cbsCode: z.string(),
      ageBands: z.object(
        Object.fromEntries(AGE_BANDS.map((b) => [b, cellOut])) as Record<
          (typeof AGE_BANDS)[number],
          typeof cellOut
        >,
      ),
      total: cellOut,
    }),
  ),
});
