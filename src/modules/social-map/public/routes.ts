// HTTP for the public service page of the social map (no login; more for professionals).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { postcodeCentroid } from '../search/routes.ts';
import * as s from './schema.ts';
import { getPublicService } from './service.ts';

export const socialMapPublicRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/social-map/services/:id',
    {
      schema: {
        tags: ['social map'],
        summary:
          'One service for its public page; professionals, coordinators and provider editors also get contact persons and the referral route',
        params: s.serviceParams,
        querystring: s.serviceQuery,
        response: { 200: s.publicServiceOut },
      },
    },
    async (req) => {
      const near = req.query.postcode
        ? await postcodeCentroid(db, req.query.postcode, 'query.postcode', req.locale)
        : undefined;
      return getPublicService({ db, id: req.params.id, actor: req.actor ?? null, near });
    },
  );
};
