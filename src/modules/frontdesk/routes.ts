// HTTP for the front desk: authenticate → validate → call the service (who may see a question lives there).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor } from '../../server/auth/guards.ts';
import { STREAMS } from '../referrals/tables.ts';
import * as s from './schema.ts';
import { askQuestion, getQuestion, listTeams, myQuestions, queue, step, teamsOf } from './service.ts';

export const frontdeskRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;
  const tags = ['frontdesk'];
  const publicUrl = config.publicUrl;
  const mailed = () => deps.onMailQueued?.();

  app.post(
    '/api/v1/frontdesk/questions',
    {
      schema: {
        tags,
        summary:
          'Ask the front desk (a resident), or take a question down at the desk or on the phone (a team member)',
        body: s.askBody,
        response: {
          201: z.object({
            id: z.string(),
            stream: z.enum(STREAMS),
            team: z.string().nullable(),
            urgent: z.boolean(),
          }),
        },
      },
    },
    async (req, reply) => {
      const out = await askQuestion({ db, actor: requireActor(req), input: req.body, publicUrl });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/frontdesk/questions',
    { schema: { tags, summary: "The resident's own questions" } },
    async (req) => ({ items: await myQuestions({ db, actor: requireActor(req) }) }),
  );

  app.get(
    '/api/v1/frontdesk/questions/:id',
    {
      schema: {
        tags,
        summary: 'One question with its steps (the resident, or a team of its neighbourhood)',
        params: s.idParams,
      },
    },
    async (req) => getQuestion({ db, actor: requireActor(req), id: req.params.id }),
  );

  app.post(
    '/api/v1/frontdesk/questions/:id/steps',
    {
      schema: {
        tags,
        summary: 'Pick up, move to another stream, answer or close a question (team members)',
        params: s.idParams,
        body: s.stepBody,
      },
    },
    async (req) => {
      const out = await step({ db, actor: requireActor(req), id: req.params.id, input: req.body, publicUrl });
      mailed();
      return out;
    },
  );

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary:
          'The teams of the neighbourhoods a professional works in or for (to refer to, or to see where a question goes)',
      },
    },
    async (req) => ({ items: await listTeams({ db, actor: requireActor(req) }) }),
  );

  app.get(
    '/api/v1/frontdesk/queue',
    {
      schema: {
        tags,
        summary: "The questions of my teams' neighbourhoods (open ones, or all), and my teams",
        querystring: s.queueQuery,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const items = await queue({ db, actor, all: req.query.all === 'true' });
      return { items, teams: await teamsOf({ db, actor }) };
    },
  );
};
