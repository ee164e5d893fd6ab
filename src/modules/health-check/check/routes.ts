// HTTP for the Wijkpunt health check (decision 0022): the questionnaire and the report with matched offers
// (no login, nothing stored), the needs map (coordinators), saving to and the trend from the resident's own
// record, the anonymous contribution, and the coordinators' neighbourhood figures.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireActor, requireRole } from '../../../server/auth/guards.ts';
import { contribute, healthCheckFigures } from './figures.ts';
import { readNeedsMap, requireMapEditor, writeNeedsMap } from './matching.ts';
import { HEALTH_CHECK_URL, HEALTH_CHECK_VERSION } from './questionnaire-v1.ts';
import { healthCheckTrend, saveHealthCheck } from './record.ts';
import * as s from './schema.ts';
import { healthCheckQuestionnaire, healthCheckReport } from './service.ts';

export const checkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['health check'];

  app.get(
    '/api/v1/health-check/questionnaire',
    {
      schema: {
        tags,
        summary: 'The built-in health check (FHIR Questionnaire; public)',
        response: { 200: s.questionnaireOut },
      },
    },
    async () => {
      const q = await healthCheckQuestionnaire(db);
      return {
        id: q.id,
        url: HEALTH_CHECK_URL,
        version: HEALTH_CHECK_VERSION,
        questionnaire: { ...q.resource, id: q.id } as unknown as Record<string, unknown>,
      };
    },
  );

  app.post(
    '/api/v1/health-check/report',
    {
      schema: {
        tags,
        summary:
          'The personal report, needs and matched offers of a completed check; no login, nothing stored',
        body: s.reportBody,
        response: { 200: s.reportResponse },
      },
    },
    async (req) => healthCheckReport({ db, ...req.body, locale: req.locale }),
  );

  app.get(
    '/api/v1/health-check/needs-map',
    {
      schema: {
        tags,
        summary: 'Needs → social-map taxonomy codes (coordinators)',
        response: { 200: s.needsMapOut },
      },
    },
    async (req) => {
      requireMapEditor(requireActor(req));
      return { needs: await readNeedsMap(db) };
    },
  );

  app.put(
    '/api/v1/health-check/needs-map',
    {
      schema: {
        tags,
        summary: 'Replace the needs map (coordinators; audited)',
        body: s.needsMapBody,
        response: { 200: s.needsMapOut },
      },
    },
    async (req) => ({ needs: await writeNeedsMap({ db, actor: requireActor(req), map: req.body.needs }) }),
  );

  app.post(
    '/api/v1/me/health-checks',
    {
      schema: {
        tags,
        summary:
          'Save a completed check to the own record (QuestionnaireResponse + one Observation per domain)',
        body: s.saveBody,
        response: { 201: s.savedOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      const saved = await saveHealthCheck({
        db,
        actor,
        residentId: actor.personId,
        response: req.body.response,
        locale: req.locale,
      });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/v1/me/health-checks/trend',
    { schema: { tags, summary: 'The own domain scores over time', response: { 200: s.trendOut } } },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return healthCheckTrend({ db, actor, residentId: actor.personId });
    },
  );

  app.post(
    '/api/v1/health-check/contributions',
    {
      // anonymous writes: a cap per address keeps one client from flooding the figures
      config: { rateLimit: { max: 60, timeWindow: '1 hour' } },
      schema: {
        tags,
        summary:
          'An opt-in anonymous contribution to the neighbourhood figures (age band, neighbourhood, domain marks)',
        body: s.contributionBody,
      },
    },
    async (req, reply) => {
      await contribute({ db, input: req.body });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/health-check/figures',
    {
      schema: {
        tags,
        summary: 'Health-check figures per neighbourhood and age band (coordinators; cells under 10 hidden)',
        querystring: s.figuresQuery,
        response: { 200: s.figuresOut },
      },
    },
    async (req) => ({
      items: await healthCheckFigures({
        db,
        actor: requireActor(req),
        from: req.query.from,
        to: req.query.to,
      }),
    }),
  );
};
