// HTTP for the resident's own entries, one entry (read, change, delete, ask for a correction) and the
// timeline: authenticate → validate → authorise (residents only; others 403) → service → present. Whose
// record and which entry is the door's business (access.ts): someone else's entry answers 404.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireRole } from '../../../server/auth/guards.ts';
import * as s from './schema.ts';
import {
  addGoal,
  addMeasurement,
  addNote,
  changeEntry,
  deleteEntry,
  getEntry,
  requestCorrection,
} from './service.ts';
import { recordTimeline } from './timeline.ts';

const base = '/api/v1/me/record';

export const recordEntryRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['record'];
  const own = (req: Parameters<typeof requireRole>[0]) => {
    const actor = requireRole(req, 'resident');
    return { db, actor, residentId: actor.personId, locale: req.locale };
  };

  app.post(
    `${base}/measurements`,
    {
      schema: {
        tags,
        summary: 'Add an own measurement (stored as a FHIR Observation with LOINC code and UCUM unit)',
        body: s.measurementBody,
        response: { 201: s.entryOut },
      },
    },
    async (req, reply) => reply.code(201).send(await addMeasurement({ ...own(req), input: req.body })),
  );

  app.post(
    `${base}/notes`,
    {
      schema: {
        tags,
        summary: 'Add an own note (a FHIR DocumentReference of type LOINC 51855-5 Patient Note)',
        body: s.noteBody,
        response: { 201: s.entryOut },
      },
    },
    async (req, reply) => reply.code(201).send(await addNote({ ...own(req), input: req.body })),
  );

  app.post(
    `${base}/goals`,
    {
      schema: {
        tags,
        summary: 'Add an own goal (a FHIR Goal)',
        body: s.goalBody,
        response: { 201: s.entryOut },
      },
    },
    async (req, reply) => reply.code(201).send(await addGoal({ ...own(req), input: req.body })),
  );

  app.get(
    `${base}/timeline`,
    {
      schema: {
        tags,
        summary: 'Every part of the own record, newest first, a page at a time (one audited read)',
        querystring: s.timelineQuery,
        response: { 200: s.timelineOut },
      },
    },
    async (req) => recordTimeline({ ...own(req), query: req.query }),
  );

  app.get(
    `${base}/entries/:id`,
    {
      schema: {
        tags,
        summary: 'One entry of the own record, whether it is the resident’s own, and its correction requests',
        params: s.entryParams,
        response: { 200: s.entryOut },
      },
    },
    async (req) => getEntry({ ...own(req), entryId: req.params.id }),
  );

  app.patch(
    `${base}/entries/:id`,
    {
      schema: {
        tags,
        summary: 'Change an own entry (imported entries: 409, ask the source for a correction)',
        params: s.entryParams,
        body: s.entryPatch,
        response: { 200: s.entryOut },
      },
    },
    async (req) => changeEntry({ ...own(req), entryId: req.params.id, patch: req.body }),
  );

  app.delete(
    `${base}/entries/:id`,
    {
      schema: {
        tags,
        summary: 'Delete an own entry (imported entries: 409, ask the source for a correction)',
        params: s.entryParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteEntry({ ...own(req), entryId: req.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/entries/:id/correction-request`,
    {
      schema: {
        tags,
        summary: 'Ask the source of an imported entry to correct it (stored and audited)',
        params: s.entryParams,
        body: s.correctionBody,
        response: { 201: s.entryOut },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await requestCorrection({ ...own(req), entryId: req.params.id, message: req.body.message })),
  );
};
