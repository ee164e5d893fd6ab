// Params, body and response of POST /api/v1/instruments/{code}/score. The answers are checked per
// instrument by its own schema (instruments/instrument.ts), so here they are any object of item ids.
import { z } from 'zod';

export const scoreParams = z.object({ code: z.string().max(64) });

export const scoreBody = z.object({
  answers: z.record(z.string(), z.unknown()),
});

export const scoreOut = z.object({
  instrument: z.string(),
  total: z.number().nullable(),
  category: z.string().nullable(),
  subscales: z.record(z.string(), z.number().nullable()),
  bands: z.record(z.string(), z.string().nullable()),
  missing: z.array(z.string()),
  flags: z.array(z.string()),
});
export type ScoreOut = z.infer<typeof scoreOut>;
