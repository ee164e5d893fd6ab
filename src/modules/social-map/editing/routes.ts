// HTTP for social-map editing, freshness and problem reports: authenticate → validate → authorise →
// call the service → present. Role-owned lists answer 403 to other roles; one entry outside the
// caller's rights answers 404 (the services check that).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireRole } from '../../../server/auth/guards.ts';
import * as s from './schema.ts';
import * as service from './service.ts';
import * as reports from './reports.ts';
import * as freshness from './freshness.ts';
import * as entries from './entries.ts';

const base = '/api/v1/social-map';
const EDITORS = ['provider_editor', 'coordinator', 'administrator'] as const;
const REVIEWERS = ['coordinator', 'administrator'] as const;

export const socialMapEditingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['social-map editing'];

  app.post(
    `${base}/services`,
    {
      schema: {
        tags,
        summary: 'Start a new entry (an unpublished draft)',
        body: s.newServiceBody,
        response: { 201: s.revisionOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ...EDITORS);
      return reply.status(201).send(await service.createServiceDraft({ db, actor, ...req.body }));
    },
  );

  app.get(
    `${base}/services/editable`,
    {
      schema: {
        tags,
        summary: 'The entries I may edit, with their state, freshness and open problem reports',
        querystring: s.editableQuery,
        response: { 200: s.entryListOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      const { q, page, per_page: perPage } = req.query;
      return entries.editableEntries({ db, actor, q, page, perPage });
    },
  );

  app.get(
    `${base}/services/:id/overview`,
    {
      schema: {
        tags,
        summary: 'One entry as the editing pages show it, with what I may do',
        params: s.idParams,
        response: { 200: s.entryOverviewOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return entries.entryOverview({ db, actor, serviceId: req.params.id });
    },
  );

  app.get(
    `${base}/editing-options`,
    {
      schema: {
        tags,
        summary: 'Choices of the edit form: my organisations, my neighbourhoods, the taxonomy',
        querystring: s.optionsQuery,
        response: { 200: s.editingOptionsOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return entries.editingOptions({ db, actor, q: req.query.q });
    },
  );

  app.post(
    `${base}/services/:id/revisions`,
    {
      schema: {
        tags,
        summary: 'Start a change to a published entry (draft prefilled from what is published)',
        params: s.idParams,
        response: { 201: s.revisionOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ...EDITORS);
      return reply.status(201).send(await service.createRevision({ db, actor, serviceId: req.params.id }));
    },
  );

  app.get(
    `${base}/revisions/mine`,
    {
      schema: { tags, summary: 'My changes in progress', response: { 200: s.list(s.revisionSummaryOut) } },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return { items: await service.myRevisions({ db, actor }) };
    },
  );

  app.get(
    `${base}/revisions/review-queue`,
    {
      schema: {
        tags,
        summary: "Changes waiting for the coordinator's review",
        response: { 200: s.list(s.revisionSummaryOut) },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...REVIEWERS);
      return { items: await service.reviewQueue({ db, actor }) };
    },
  );

  app.get(
    `${base}/revisions/:id`,
    { schema: { tags, summary: 'One change', params: s.idParams, response: { 200: s.revisionOut } } },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.getRevision({ db, actor, id: req.params.id });
    },
  );

  app.get(
    `${base}/revisions/:id/diff`,
    {
      schema: {
        tags,
        summary: 'What a change would change against the published version',
        params: s.idParams,
        response: { 200: s.diffOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.diffRevision({ db, actor, id: req.params.id });
    },
  );

  app.put(
    `${base}/revisions/:id`,
    {
      schema: {
        tags,
        summary: 'Replace the document of a draft',
        params: s.idParams,
        body: s.documentBody,
        response: { 200: s.revisionOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.updateRevision({ db, actor, id: req.params.id, document: req.body.document });
    },
  );

  app.post(
    `${base}/revisions/:id/submit`,
    {
      schema: { tags, summary: 'Submit for review', params: s.idParams, response: { 200: s.revisionOut } },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.submitRevision({ db, actor, id: req.params.id });
    },
  );

  app.post(
    `${base}/revisions/:id/discard`,
    {
      schema: {
        tags,
        summary: 'Throw a draft away (a never-published new entry goes with it)',
        params: s.idParams,
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ...EDITORS);
      await service.discardRevision({ db, actor, id: req.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/revisions/:id/approve`,
    {
      schema: {
        tags,
        summary: 'Approve and publish (coordinator)',
        params: s.idParams,
        response: { 200: s.revisionOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...REVIEWERS);
      return service.approveRevision({ db, actor, id: req.params.id });
    },
  );

  app.post(
    `${base}/revisions/:id/send-back`,
    {
      schema: {
        tags,
        summary: 'Send back with a remark (coordinator)',
        params: s.idParams,
        body: s.sendBackBody,
        response: { 200: s.revisionOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...REVIEWERS);
      return service.sendBackRevision({ db, actor, id: req.params.id, remark: req.body.remark });
    },
  );

  app.get(
    `${base}/services/:id/history`,
    {
      schema: {
        tags,
        summary: 'Published versions of an entry',
        params: s.idParams,
        response: { 200: s.historyOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return { items: await service.history({ db, actor, serviceId: req.params.id }) };
    },
  );

  app.get(
    `${base}/services/:id/diff`,
    {
      schema: {
        tags,
        summary: 'What changed between two published versions',
        params: s.idParams,
        querystring: s.diffQuery,
        response: { 200: s.diffOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.diffVersions({ db, actor, serviceId: req.params.id, ...req.query });
    },
  );

  app.post(
    `${base}/services/:id/verify`,
    {
      schema: {
        tags,
        summary: 'Confirm the entry is still correct (sets the last-verified date to today)',
        params: s.idParams,
        response: { 200: s.verifyOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return service.verifyService({ db, actor, serviceId: req.params.id });
    },
  );

  app.get(
    `${base}/worklist`,
    {
      schema: {
        tags,
        summary: "The coordinator's worklist: stale entries, open problem reports, changes to review",
        response: { 200: s.worklistOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...REVIEWERS);
      return freshness.worklist({ db, actor });
    },
  );

  app.get(
    `${base}/notifications`,
    {
      schema: { tags, summary: 'My social-map notifications', response: { 200: s.list(s.notificationOut) } },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return { items: await freshness.listNotifications({ db, actor }) };
    },
  );

  app.post(
    `${base}/notifications/:id/read`,
    { schema: { tags, summary: 'Mark one of my notifications read', params: s.idParams } },
    async (req, reply) => {
      const actor = requireRole(req, ...EDITORS);
      await freshness.markNotificationRead({ db, actor, id: req.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/services/:id/reports`,
    {
      // Public: per client address, so one visitor cannot flood the editors.
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: {
        tags,
        summary: 'Report a problem with an entry (no login needed)',
        params: s.idParams,
        body: s.reportBody,
        response: { 201: s.reportCreatedOut },
      },
    },
    async (req, reply) => {
      return reply
        .status(201)
        .send(await reports.createReport({ db, serviceId: req.params.id, input: req.body }));
    },
  );

  app.get(
    `${base}/services/:id/reports`,
    {
      schema: {
        tags,
        summary: "An entry's problem reports (its editors and coordinators)",
        params: s.idParams,
        response: { 200: s.list(s.reportOut) },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return { items: await reports.listReports({ db, actor, serviceId: req.params.id }) };
    },
  );

  app.post(
    `${base}/reports/:id/close`,
    {
      schema: {
        tags,
        summary: 'Close a problem report with a note',
        params: s.idParams,
        body: s.closeReportBody,
        response: { 200: s.reportOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...EDITORS);
      return reports.closeReport({ db, actor, id: req.params.id, note: req.body.note });
    },
  );
};
