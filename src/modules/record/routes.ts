// HTTP for the resident's own record: authenticate → validate → authorise (residents only; others 403) →
// call the service → present. The record's own access rule (whose record) lives in access.ts.
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor, requireRole } from '../../server/auth/guards.ts';
import { AppError, bilingual } from '../../server/errors.ts';
import * as s from './schema.ts';
import { importBundle, recordCategory, recordSummary } from './service.ts';

const base = '/api/v1/me/record';

export const recordRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['record'];

  // Too large a body would leave the app's error handler as a 500; here it is the resident's file.
  app.setErrorHandler((err: FastifyError) => {
    if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw err;
    throw new AppError('too_large', undefined, [
      {
        path: 'body',
        message: bilingual(
          'Het bestand is groter dan 50 MB. Vraag uw zorgverlener om een kleiner bestand.',
          'The file is larger than 50 MB. Ask your care provider for a smaller file.',
        ),
      },
    ]);
  });

  app.post(
    `${base}/import`,
    {
      bodyLimit: s.IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import a FHIR R4 Bundle into the own record (all or nothing, audited)',
        body: s.bundleBody,
        response: { 200: s.importOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return importBundle({ db, actor, residentId: actor.personId, bundle: req.body, locale: req.locale });
    },
  );

  app.get(
    base,
    { schema: { tags, summary: 'Summary of the own record', response: { 200: s.summaryOut } } },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return recordSummary({ db, actor, residentId: actor.personId, locale: req.locale });
    },
  );

  app.get(
    `${base}/:category`,
    {
      schema: {
        tags,
        summary: 'One category of the own record in a plain shape',
        params: s.categoryParams,
        response: { 200: s.categoryOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return recordCategory({
        db,
        actor,
        residentId: actor.personId,
        locale: req.locale,
        category: req.params.category,
      });
    },
  );

  // Someone else's record: only the parts an active consent (or an open emergency access) covers for the
  // stated purpose; everything else, and every record without such a basis, answers 404 (access.ts).
  const other = '/api/v1/residents/:residentId/record';

  app.get(
    other,
    {
      schema: {
        tags,
        summary: "Summary of a resident's record: only the parts a consent covers for the purpose",
        params: s.residentParams,
        querystring: s.purposeQuery,
        response: { 200: s.summaryOut },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return recordSummary({
        db,
        actor,
        residentId: req.params.residentId,
        use: req.query,
        locale: req.locale,
      });
    },
  );

  app.get(
    `${other}/:category`,
    {
      schema: {
        tags,
        summary: "One category of a resident's record, with a covering consent for the purpose (else 404)",
        params: s.residentParams.extend(s.categoryParams.shape),
        querystring: s.purposeQuery,
        response: { 200: s.categoryOut },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return recordCategory({
        db,
        actor,
        residentId: req.params.residentId,
        use: req.query,
        locale: req.locale,
        category: req.params.category,
      });
    },
  );
};
