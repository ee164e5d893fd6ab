// HTTP for the public, read-only Open Referral HSDS 3.0 API (no login) under /api/v1/hsds.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { postcodeCentroid } from '../search/routes.ts';
import * as s from './schema.ts';
import * as hsds from './service.ts';

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://wijkpunt.nl/hsds/profile/wijkpunt-nl';

export const hsdsApiRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['HSDS'];
  const list = (summary: string) => ({ tags, summary, response: { 200: s.hsdsPage } });
  const one = (summary: string) => ({ tags, summary, params: s.idParams, response: { 200: s.hsdsObject } });

  app.get(
    '/api/v1/hsds/',
    { schema: { tags, summary: 'API information and its HSDS version', response: { 200: s.apiInfo } } },
    async (req) => ({
      version: HSDS_VERSION,
      profile: HSDS_PROFILE,
      // HSDS asks for a uri here, so an absolute one.
      openapi_url: `${req.protocol}://${req.host}/api/v1/openapi.json`,
    }),
  );

  app.get(
    '/api/v1/hsds/services',
    { schema: { ...list('Services (HSDS), filtered and paginated'), querystring: s.servicesQuery } },
    async (req) => {
      const q = req.query;
      const near = q.postcode
        ? await postcodeCentroid(db, q.postcode, 'query.postcode', req.locale)
        : undefined;
      return hsds.listServices({
        db,
        filters: {
          text: q.text ?? q.search,
          taxonomyTermIds: q.taxonomy_term_id ? [q.taxonomy_term_id] : undefined,
          taxonomyId: q.taxonomy_id,
          organizationId: q.organization_id,
          modifiedAfter: q.modified_after ? new Date(q.modified_after) : undefined,
          near,
          radiusKm: near ? q.proximity : undefined,
          neighbourhood: q.neighbourhood,
          free: q.free,
          openOn: q.open_on ? { day: q.open_on } : undefined,
        },
        minimal: q.minimal ?? false,
        page: q.page,
        perPage: q.per_page,
      });
    },
  );
  app.get('/api/v1/hsds/services/:id', { schema: one('One fully nested service (HSDS)') }, async (req) =>
    hsds.getService({ db, id: req.params.id }),
  );

  app.get(
    '/api/v1/hsds/organizations',
    { schema: { ...list('Organizations (HSDS)'), querystring: s.pageQuery } },
    async (req) => hsds.listOrganizations({ db, page: req.query.page, perPage: req.query.per_page }),
  );
  app.get('/api/v1/hsds/organizations/:id', { schema: one('One organization (HSDS)') }, async (req) =>
    hsds.getOrganization({ db, id: req.params.id }),
  );

  app.get(
    '/api/v1/hsds/taxonomies',
    { schema: { ...list('Taxonomies (HSDS)'), querystring: s.pageQuery } },
    async (req) => hsds.listTaxonomies({ db, page: req.query.page, perPage: req.query.per_page }),
  );
  app.get('/api/v1/hsds/taxonomies/:id', { schema: one('One taxonomy (HSDS)') }, async (req) =>
    hsds.getTaxonomy({ db, id: req.params.id }),
  );

  app.get(
    '/api/v1/hsds/taxonomy_terms',
    { schema: { ...list('Taxonomy terms (HSDS)'), querystring: s.taxonomyTermsQuery } },
    async (req) =>
      hsds.listTaxonomyTerms({
        db,
        page: req.query.page,
        perPage: req.query.per_page,
        taxonomyId: req.query.taxonomy_id,
        parentId: req.query.parent_id,
        topOnly: req.query.top_only,
      }),
  );
  app.get('/api/v1/hsds/taxonomy_terms/:id', { schema: one('One taxonomy term (HSDS)') }, async (req) =>
    hsds.getTaxonomyTerm({ db, id: req.params.id }),
  );

  app.get(
    '/api/v1/hsds/service_at_locations',
    { schema: { ...list('Services at locations (HSDS)'), querystring: s.serviceAtLocationsQuery } },
    async (req) =>
      hsds.listServiceAtLocations({
        db,
        page: req.query.page,
        perPage: req.query.per_page,
        organizationId: req.query.organization_id,
        full: req.query.full,
      }),
  );
  app.get(
    '/api/v1/hsds/service_at_locations/:id',
    { schema: one('One service at a location, with its service (HSDS)') },
    async (req) => hsds.getServiceAtLocation({ db, id: req.params.id }),
  );
};
