// HTTP for the health check: instrument scoring (no login, nothing stored; issue 5, "Interfaces others
// rely on") and the questionnaire definitions (questionnaires/routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import * as s from './schema.ts';
import { scoreInstrument } from './service.ts';
import { questionnaireRoutes } from './questionnaires/routes.ts';
import { checkRoutes } from './check/routes.ts';

export const healthCheckRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(questionnaireRoutes, deps);
  await app.register(checkRoutes, deps);

  app.post(
    '/api/v1/instruments/:code/score',
    {
      schema: {
        tags: ['health check'],
        summary:
          'Score answers to an instrument (GFI, TFI, SWEMWBS, WEMWBS, ONS4, PHQ-9, PHQ-2, GAD-7, GAD-2, EQ-5D-5L NL, De Jong Gierveld 6, lifestyle norms); no login, nothing stored',
        params: s.scoreParams,
        body: s.scoreBody,
        response: { 200: s.scoreOut },
      },
    },
    async (req) => scoreInstrument({ code: req.params.code, answers: req.body.answers }),
  );
};
