// HTTP for the resident's AVG rights: a copy of everything (FHIR or a readable document), what deleting the
// account would remove and keep, and the deletion itself. Residents only; other roles get 403.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireRole } from '../../server/auth/guards.ts';
import { SESSION_COOKIE } from '../../server/auth/sessions.ts';
import { deleteAccount, deletionPlan, exportFhir, exportReadable } from './service.ts';

const planOut = z.object({
  allowed: z.boolean(),
  deleted: z.array(z.object({ what: z.string(), count: z.number().int().nullable() })),
  kept: z.array(z.object({ what: z.string(), why: z.string() })),
});

export const dataRightsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['data rights'];

  app.get(
    '/api/v1/me/export',
    {
      schema: {
        tags,
        summary: 'Everything Wijkpunt holds about me: a FHIR R4 Bundle, or (format=html) a readable document',
        querystring: z.object({ format: z.enum(['fhir', 'html']).default('fhir') }),
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      const opts = { db, actor, locale: req.locale };
      if (req.query.format === 'html') {
        return reply
          .type('text/html; charset=utf-8')
          .header('content-disposition', 'attachment; filename="wijkpunt-mijn-gegevens.html"')
          .send(await exportReadable(opts));
      }
      return reply
        .type('application/fhir+json')
        .header('content-disposition', 'attachment; filename="wijkpunt-mijn-gegevens.json"')
        .send(await exportFhir(opts));
    },
  );

  app.get(
    '/api/v1/me/deletion',
    {
      schema: {
        tags,
        summary: 'What deleting my account removes and what it keeps',
        response: { 200: planOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return deletionPlan({ db, actor, locale: req.locale });
    },
  );

  app.delete(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Delete my account and record (password needed); the deletion is logged',
        body: z.object({ password: z.string().min(1).max(200) }),
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      await deleteAccount({ db, actor, password: req.body.password });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
};
