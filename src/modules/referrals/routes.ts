// HTTP for referrals: authenticate → validate → call the service (who is which party lives there) → present.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor } from '../../server/auth/guards.ts';
import { addContact, caseload, linkService } from './caseload.ts';
import { referralBundle } from './fhir.ts';
import { referralFigures } from './figures.ts';
import * as s from './schema.ts';
import { createReferral, getReferral, listReferrals, transition } from './service.ts';
import { REFERRAL_STATUSES } from './tables.ts';

export const referralRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;
  const tags = ['referrals'];
  const publicUrl = config.publicUrl;
  const mailed = () => deps.onMailQueued?.();

  app.post(
    '/api/v1/referrals',
    {
      schema: {
        tags,
        summary:
          'Refer a resident (a professional), or yourself (a resident); the consent for the data goes with it',
        body: s.createBody,
        response: { 201: z.object({ id: z.string(), status: z.literal('requested') }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const out = await createReferral({ db, actor, input: req.body, publicUrl });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/referrals',
    {
      schema: {
        tags,
        summary: 'My referrals: sent, received (my team or organisation), or about me',
        querystring: s.listQuery,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { items: await listReferrals({ db, actor, ...req.query }) };
    },
  );

  app.get(
    '/api/v1/referrals/figures',
    {
      schema: {
        tags,
        summary: 'Figures per neighbourhood and month for coordinators (counts under 10 suppressed)',
        querystring: s.figuresQuery,
      },
    },
    async (req) => ({ items: await referralFigures({ db, actor: requireActor(req), ...req.query }) }),
  );

  app.get(
    '/api/v1/referrals/caseload',
    {
      schema: {
        tags,
        summary: "The link worker's worklist: new, active, waiting and recently closed referrals",
      },
    },
    async (req) => caseload({ db, actor: requireActor(req) }),
  );

  app.post(
    '/api/v1/referrals/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Note a contact moment with the resident (the receiving side, while the referral runs)',
        params: s.idParams,
        body: s.contactBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addContact({ db, actor: requireActor(req), id: req.params.id, input: req.body })),
  );

  app.post(
    '/api/v1/referrals/:id/links',
    {
      schema: {
        tags,
        summary: 'Link the resident to a service of the social map (the receiving side)',
        params: s.idParams,
        body: s.linkBody,
      },
    },
    async (req, reply) => {
      await linkService({
        db,
        actor: requireActor(req),
        id: req.params.id,
        serviceId: req.body.serviceId,
        linked: true,
      });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/referrals/:id/links/:serviceId',
    { schema: { tags, summary: 'Undo a link to a service', params: s.linkParams } },
    async (req, reply) => {
      await linkService({
        db,
        actor: requireActor(req),
        id: req.params.id,
        serviceId: req.params.serviceId,
        linked: false,
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/referrals/:id',
    {
      schema: {
        tags,
        summary: 'One referral with its timeline, as the caller sees it (404 without a part in it)',
        params: s.idParams,
      },
    },
    async (req) => getReferral({ db, actor: requireActor(req), id: req.params.id }),
  );

  app.get(
    '/api/v1/referrals/:id/fhir',
    {
      schema: {
        tags,
        summary:
          'The referral as FHIR R4: Task + ServiceRequest (+ wellbeing Observations), as the caller sees it',
        params: s.idParams,
      },
    },
    async (req, reply) => {
      const view = await getReferral({ db, actor: requireActor(req), id: req.params.id });
      return reply.type('application/fhir+json').send(referralBundle(view, `${config.publicUrl}/fhir/R4`));
    },
  );

  app.post(
    '/api/v1/referrals/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Take the referral to its next status (409 lists the allowed ones)',
        params: s.idParams,
        body: s.transitionBody,
        response: {
          200: z.object({
            id: z.string(),
            status: z.enum(REFERRAL_STATUSES),
            allowedTransitions: z.array(z.enum(REFERRAL_STATUSES)),
          }),
        },
      },
    },
    async (req) => {
      const out = await transition({
        db,
        actor: requireActor(req),
        id: req.params.id,
        input: req.body,
        publicUrl,
      });
      mailed();
      return out;
    },
  );
};
