// HTTP for questionnaire definitions: import (organisation editors, administrators), list and read (active
// ones public), export as FHIR JSON, status, and validating a response (no login, nothing stored).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireActor } from '../../../server/auth/guards.ts';
import * as s from './schema.ts';
import * as questionnaires from './service.ts';

export const questionnaireRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['health check'];

  app.post(
    '/api/v1/questionnaires',
    {
      schema: {
        tags,
        summary:
          'Import a FHIR R4 Questionnaire for an organisation (its provider editors, administrators) or built in (administrators), optionally linked to an instrument scorer',
        body: s.importBody,
        response: { 201: s.detailOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await questionnaires.importQuestionnaire({ db, actor: requireActor(req), input: req.body })),
  );

  app.get(
    '/api/v1/questionnaires',
    {
      schema: {
        tags,
        summary:
          'Questionnaire definitions: the active ones for anyone, and the drafts and retired ones the caller manages',
        querystring: s.listQuery,
        response: { 200: s.listOut },
      },
    },
    async (req) => ({
      items: await questionnaires.listQuestionnaires({ db, actor: req.actor, filter: req.query }),
    }),
  );

  app.get(
    '/api/v1/questionnaires/:id',
    {
      schema: {
        tags,
        summary:
          'One questionnaire definition with its scorer link and the Questionnaire (active ones public)',
        params: s.idParams,
        response: { 200: s.detailOut },
      },
    },
    async (req) => questionnaires.getQuestionnaire({ db, actor: req.actor, id: req.params.id }),
  );

  app.get(
    '/api/v1/questionnaires/:id/fhir',
    {
      schema: {
        tags,
        summary: 'The Questionnaire as FHIR R4 JSON (application/fhir+json; active ones public)',
        params: s.idParams,
      },
    },
    async (req, reply) =>
      reply
        .type('application/fhir+json')
        .send(await questionnaires.exportQuestionnaire({ db, actor: req.actor, id: req.params.id })),
  );

  app.patch(
    '/api/v1/questionnaires/:id',
    {
      schema: {
        tags,
        summary: 'Make a questionnaire active or retire it (those who manage it)',
        params: s.idParams,
        body: s.statusBody,
        response: { 200: s.detailOut },
      },
    },
    async (req) =>
      questionnaires.setQuestionnaireStatus({
        db,
        actor: requireActor(req),
        id: req.params.id,
        status: req.body.status,
      }),
  );

  app.post(
    '/api/v1/questionnaires/:id/validate',
    {
      schema: {
        tags,
        summary:
          'Check a (partial) QuestionnaireResponse: enabled items, errors per linkId, completeness, screens and the linked score; no login, nothing stored',
        params: s.idParams,
        body: s.validateBody,
        response: { 200: s.validateOut },
      },
    },
    async (req) =>
      questionnaires.validateResponse({
        db,
        actor: req.actor,
        id: req.params.id,
        response: req.body.response,
        locale: req.locale,
      }),
  );
};
