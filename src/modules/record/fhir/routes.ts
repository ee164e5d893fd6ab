// HTTP for the FHIR R4 subset under /fhir/R4 (decision 0016): authenticate → validate → call the service
// → present as application/fhir+json. Whose record and which parts live in the record's door (access.ts).
// Errors and unknown paths answer an OperationOutcome; this plugin's scope also parses application/fhir+json.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireActor } from '../../../server/auth/guards.ts';
import { bilingual, loggableError } from '../../../server/errors.ts';
import { IMPORT_BODY_LIMIT } from '../schema.ts';
import { capabilityStatement } from './capability.ts';
import { OutcomeError, issue, toOutcome } from './outcome.ts';
import * as s from './schema.ts';
import { readOne, search, transaction } from './service.ts';

/** The absolute base the caller used, for fullUrl and paging links (honours trustProxy). */
const baseOf = (req: FastifyRequest) => `${req.protocol}://${req.host}${s.FHIR_BASE}`;

const fhirJson = (reply: FastifyReply, body: unknown) => reply.type(s.FHIR_JSON).send(body);

const api: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const tags = ['fhir'];

  app.addContentTypeParser(
    'application/fhir+json',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, outcome } = toOutcome(err, req.locale);
    if (status >= 500) req.log.error({ err: loggableError(err) }, 'unexpected error');
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.status(status).type(s.FHIR_JSON).send(outcome);
  });

  app.setNotFoundHandler((req, reply) => {
    const { status, outcome } = toOutcome(
      new OutcomeError(404, [
        issue(
          'not-supported',
          bilingual(
            `${req.method} ${req.url.split('?')[0]}: deze FHIR-interactie biedt Wijkpunt niet aan`,
            `${req.method} ${req.url.split('?')[0]}: Wijkpunt does not offer this FHIR interaction`,
          ),
        ),
      ]),
      req.locale,
    );
    return reply.status(status).type(s.FHIR_JSON).send(outcome);
  });

  app.get(
    '/metadata',
    { schema: { tags, summary: 'FHIR CapabilityStatement (no login)', querystring: s.metadataQuery } },
    async (req, reply) =>
      fhirJson(reply, capabilityStatement({ base: baseOf(req), version: config.version })),
  );

  app.get(
    '/:type/:id',
    {
      schema: {
        tags,
        summary: 'Read one resource (own record, or a part a consent covers for the purpose; else 404)',
        params: s.readParams,
        headers: s.purposeHeaders,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const type = s.supportedType(req.params.type);
      const resource = await readOne({
        db,
        actor,
        type,
        id: req.params.id,
        use: s.purposeOf(req.headers),
        locale: req.locale,
      });
      return fhirJson(reply, resource);
    },
  );

  app.get(
    '/:type',
    {
      schema: {
        tags,
        summary: "Search one type in one resident's record, paged (searchset Bundle)",
        params: s.typeParams,
        querystring: s.searchQuery,
        headers: s.purposeHeaders,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const type = s.supportedType(req.params.type);
      const q = req.query;
      const bundle = await search({
        db,
        actor,
        type,
        patient: q.patient,
        _id: q._id,
        count: q._count,
        offset: q._offset,
        base: baseOf(req),
        use: s.purposeOf(req.headers),
        locale: req.locale,
      });
      return fhirJson(reply, bundle);
    },
  );

  app.post(
    '/',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Transaction or batch of creates, all or nothing (transaction-response Bundle)',
        body: s.transactionBody,
        headers: s.purposeHeaders,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const out = await transaction({
        db,
        actor,
        bundle: req.body,
        use: s.purposeOf(req.headers),
        locale: req.locale,
      });
      return fhirJson(reply, out);
    },
  );
};

/** Registered by the app like every module; the FHIR base is this plugin's prefix. */
export const fhirRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(api, { ...deps, prefix: s.FHIR_BASE });
};
