// HTTP for the coordinator's HSDS upload (preview, then confirm): authenticate → validate → authorise →
// call upload.ts → present. The API belongs to coordinators and administrators; others get 403.
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireRole } from '../../../server/auth/guards.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import * as s from './upload-schema.ts';
import { confirmUpload, importTargets, previewUpload } from './upload.ts';

const base = '/api/v1/social-map';
const IMPORTERS = ['coordinator', 'administrator'] as const;

export const socialMapImportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['social-map import'];

  // Too large a body would leave the app's error handler as a 500; here it is the caller's files.
  app.setErrorHandler((err: FastifyError) => {
    if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw err;
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.files',
        message: bilingual(
          'De bestanden zijn samen groter dan 25 MB. Kies minder of kleinere bestanden.',
          'The files are larger than 25 MB together. Choose fewer or smaller files.',
        ),
      },
    ]);
  });

  app.get(
    `${base}/import-targets`,
    {
      schema: {
        tags,
        summary: 'The neighbourhoods the caller may import into',
        response: { 200: s.importTargetsOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...IMPORTERS);
      return { items: await importTargets({ db, actor }) };
    },
  );

  app.post(
    `${base}/imports/preview`,
    {
      bodyLimit: s.UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Preview an HSDS import: run it and roll it back; counts and every refused record',
        body: s.uploadBody,
        response: { 200: s.uploadResultOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...IMPORTERS);
      return previewUpload({ db, actor, locale: req.locale, body: req.body });
    },
  );

  app.post(
    `${base}/imports`,
    {
      bodyLimit: s.UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import the previewed HSDS files for real (all or nothing, audited)',
        body: s.confirmBody,
        response: { 200: s.uploadResultOut, 201: s.uploadResultOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ...IMPORTERS);
      const result = await confirmUpload({ db, actor, locale: req.locale, body: req.body });
      return reply.status(result.imported ? 201 : 200).send(result);
    },
  );
};
