// HTTP for one map from many: the sources, duplicate finding, the review queue and its decisions, the
// thresholds, the conflict report and the sources behind an entry. All of it belongs to coordinators and
// administrators (403 for other roles); a pair or source outside the caller's regions answers 404.
// Under /api/v1/socialmap/ as the issue that introduced it names the review queue's path.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { requireRole } from '../../../server/auth/guards.ts';
import * as sources from '../sources/service.ts';
import * as review from './review.ts';
import { runDedupe } from './run.ts';
import * as s from './schema.ts';
import * as settings from './settings.ts';

const base = '/api/v1/socialmap';
const COORDINATORS = ['coordinator', 'administrator'] as const;

export const socialMapDedupeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['social-map sources and duplicates'];

  app.get(
    `${base}/duplicates`,
    {
      schema: {
        tags,
        summary: 'Duplicate pairs by status (review: the queue), highest score first',
        querystring: s.pairsQuery,
        response: { 200: s.pairListOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      const { status, kind, page, per_page: perPage } = req.query;
      return review.listPairs({ db, actor, status, ...(kind && { kind }), page, perPage });
    },
  );

  app.get(
    `${base}/duplicates/:id`,
    {
      schema: {
        tags,
        summary: 'One pair: both records side by side, differing fields marked, decisions so far',
        params: s.idParams,
        response: { 200: s.pairOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return review.getPair({ db, actor, id: req.params.id });
    },
  );

  app.post(
    `${base}/duplicates/:id/merge`,
    {
      schema: {
        tags,
        summary: 'Merge the pair, optionally keeping chosen field values (pinned)',
        params: s.idParams,
        body: s.mergeBody,
        response: { 200: s.pairOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return review.mergePair({
        db,
        actor,
        id: req.params.id,
        ...(req.body.values && { values: req.body.values }),
      });
    },
  );

  app.post(
    `${base}/duplicates/:id/keep-apart`,
    {
      schema: {
        tags,
        summary: 'Keep the two apart; the pair is not proposed again',
        params: s.idParams,
        response: { 200: s.pairOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return review.keepApart({ db, actor, id: req.params.id });
    },
  );

  app.post(
    `${base}/duplicates/:id/undo`,
    {
      schema: {
        tags,
        summary: 'Undo the decision: unmerge (both entries back) or return a kept-apart pair to the queue',
        params: s.idParams,
        response: { 200: s.pairOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return review.undoDecision({ db, actor, id: req.params.id });
    },
  );

  app.post(
    `${base}/dedupe`,
    {
      schema: {
        tags,
        summary: 'Find duplicates over all sources now (merges above the threshold, queues the doubtful)',
        response: { 200: s.runOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      const { counts, seconds } = await runDedupe({ db, actor });
      return { counts, seconds };
    },
  );

  app.get(
    `${base}/dedupe-settings`,
    {
      schema: { tags, summary: 'Thresholds per region', response: { 200: s.settingsOut } },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return settings.listSettings({ db, actor });
    },
  );

  app.put(
    `${base}/dedupe-settings/:regionId`,
    {
      schema: {
        tags,
        summary: "Set a region's thresholds",
        params: s.regionParams,
        body: s.settingsBody,
        response: { 200: s.settingsItem },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return settings.updateSettings({ db, actor, regionId: req.params.regionId, ...req.body });
    },
  );

  app.get(
    `${base}/sources`,
    { schema: { tags, summary: 'The sources with their counts', response: { 200: s.sourceListOut } } },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return sources.listSources({ db, actor });
    },
  );

  app.put(
    `${base}/sources/:id`,
    {
      schema: {
        tags,
        summary: "A source's owner, contact, format and refresh interval",
        params: s.idParams,
        body: s.sourceBody,
        response: { 200: s.sourceOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, ...COORDINATORS);
      return sources.updateSource({ db, actor, id: req.params.id, ...req.body });
    },
  );

  app.get(
    `${base}/sources/:id/conflicts.csv`,
    {
      schema: {
        tags,
        summary: "The source's conflict report (fields that differ from the map, entries it lacks) as CSV",
        params: s.idParams,
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ...COORDINATORS);
      const { name, csv } = await sources.conflictReport({ db, actor, id: req.params.id });
      const file = `conflicten-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(`\uFEFF${csv}\r\n`);
    },
  );

  for (const kind of ['service', 'organization'] as const)
    app.get(
      `${base}/${kind === 'service' ? 'services' : 'organizations'}/:id/sources`,
      {
        schema: {
          tags,
          summary: `The sources behind one ${kind}, and where each field's value came from`,
          params: s.kindIdParams,
          response: { 200: s.entrySourcesOut },
        },
      },
      async (req) => {
        const actor = requireRole(req, ...COORDINATORS);
        return sources.entrySources({ db, actor, kind, id: req.params.id });
      },
    );
};
