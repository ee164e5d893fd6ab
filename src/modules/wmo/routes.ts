// HTTP for Wmo cases and the GP's advice: authenticate → validate → call the service (who sees what lives
// there) → present.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor } from '../../server/auth/guards.ts';
import * as s from './schema.ts';
import * as wmo from './service.ts';

export const wmoRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;
  const tags = ['wmo'];
  const publicUrl = config.publicUrl;
  const mailed = () => deps.onMailQueued?.();

  app.post(
    '/api/v1/wmo/resident-lookup',
    {
      schema: {
        tags,
        summary: 'The resident with exactly this e-mail address, to open a case (Wmo consultants; audited)',
        body: s.residentLookupBody,
        response: { 200: s.residentLookupOut },
      },
    },
    async (req) => wmo.findResident({ db, actor: requireActor(req), email: req.body.email }),
  );

  app.get(
    '/api/v1/wmo/gps',
    {
      schema: {
        tags,
        summary: "The GPs of the consultant's region, to ask for advice (Wmo consultants)",
        response: { 200: s.gpsOut },
      },
    },
    async (req) => ({ items: await wmo.listGps({ db, actor: requireActor(req) }) }),
  );

  app.post(
    '/api/v1/wmo/cases',
    {
      schema: {
        tags,
        summary: "Open a case for a resident's Wmo report (Wmo consultants)",
        body: s.caseBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await wmo.createCase({ db, actor: requireActor(req), input: req.body })),
  );

  app.get(
    '/api/v1/wmo/cases',
    {
      schema: {
        tags,
        summary: "The organisation's cases (consultants) or my own (residents), with their clocks",
      },
    },
    async (req) => ({ items: await wmo.listCases({ db, actor: requireActor(req) }) }),
  );

  app.get(
    '/api/v1/wmo/cases/:id',
    { schema: { tags, summary: 'One case with its clocks and advice', params: s.idParams } },
    async (req) => wmo.getCase({ db, actor: requireActor(req), id: req.params.id }),
  );

  app.patch(
    '/api/v1/wmo/cases/:id',
    {
      schema: {
        tags,
        summary: 'Record the investigation, application and decision dates (the clocks stop)',
        params: s.idParams,
        body: s.caseUpdate,
      },
    },
    async (req) => wmo.updateCase({ db, actor: requireActor(req), id: req.params.id, input: req.body }),
  );

  app.post(
    '/api/v1/wmo/cases/:id/advice-requests',
    {
      schema: {
        tags,
        summary: "Ask the resident's GP for advice; the resident consents in the app first",
        params: s.idParams,
        body: s.requestBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => {
      const out = await wmo.requestAdvice({
        db,
        actor: requireActor(req),
        caseId: req.params.id,
        input: req.body,
        publicUrl,
      });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/wmo/advice',
    { schema: { tags, summary: "The GP's questions for advice (those the resident consented to)" } },
    async (req) => ({ items: await wmo.adviceForGp({ db, actor: requireActor(req) }) }),
  );

  app.get(
    '/api/v1/wmo/advice/:id',
    { schema: { tags, summary: 'One question for advice, with the advice', params: s.idParams } },
    async (req) => wmo.getAdvice({ db, actor: requireActor(req), id: req.params.id }),
  );

  app.post(
    '/api/v1/wmo/advice/:id/answer',
    { schema: { tags, summary: "The GP's structured advice", params: s.idParams, body: s.adviceBody } },
    async (req) => {
      const out = await wmo.answerAdvice({
        db,
        actor: requireActor(req),
        id: req.params.id,
        input: req.body,
        publicUrl,
      });
      mailed();
      return out;
    },
  );
};
