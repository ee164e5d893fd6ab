// HTTP for the public social-map search (no login): residents and professionals.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';
import { AppError } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { resolvePostcode } from '../reference/postcode.ts';
import * as s from './schema.ts';
import { searchServices } from './service.ts';

export const socialMapSearchRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/social-map/search',
    {
      schema: {
        tags: ['social map'],
        summary: 'Search the social map (public)',
        querystring: s.searchQuery,
        response: { 200: s.searchResponse },
      },
    },
    async (req) => {
      const q = req.query;
      const near = q.postcode
        ? await postcodeCentroid(db, q.postcode, 'query.postcode', req.locale)
        : undefined;
      const result = await searchServices({
        db,
        text: q.q,
        taxonomyTermIds: q.term,
        domain: q.domain,
        targetGroup: q.target_group,
        age: q.age,
        free: q.free,
        financingRoute: q.financing_route,
        openOn: q.open_on ? { day: q.open_on, part: q.part_of_day } : undefined,
        language: q.language,
        accessibility: q.accessible,
        wor: q.wor,
        bor: q.bor,
        neighbourhood: q.neighbourhood,
        hasPlacesLeft: q.places_left,
        near,
        radiusKm: near ? q.radius_km : undefined,
        sort: q.sort,
        page: q.page,
        perPage: q.per_page,
      });
      return { ...result, page: q.page, perPage: q.per_page };
    },
  );
};

/** The centroid of a Dutch postcode, or a 400 naming the field. */
export async function postcodeCentroid(
  db: AppDeps['db'],
  input: string,
  path: string,
  locale: Locale,
): Promise<{ latitude: number; longitude: number }> {
  const found = await resolvePostcode(db, input);
  if (found) return { latitude: found.latitude, longitude: found.longitude };
  const message =
    locale === 'en'
      ? 'We do not know this postcode. Enter a Dutch postcode such as 3511 AB or 3511.'
      : 'Deze postcode kennen we niet. Vul een postcode in zoals 3511 AB of 3511.';
  throw new AppError('validation_failed', message, [{ path, message }]);
}
