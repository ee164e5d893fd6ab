// HTTP for tenancy. Neighbourhoods and organisations are public directory data for any signed-in user;
// changing them, and everything about people, is for administrators.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor, requireRole } from '../../server/auth/guards.ts';
import { membershipOut } from '../accounts/schema.ts';
import * as s from './schema.ts';
import * as service from './service.ts';

export const tenancyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const admin = 'administrator' as const;

  app.get(
    '/api/v1/regions',
    { schema: { tags: ['tenancy'], summary: 'Regions', response: { 200: s.list(s.regionOut) } } },
    async (req) => {
      requireActor(req);
      return { items: await service.listRegions({ db }) };
    },
  );
  app.post(
    '/api/v1/regions',
    {
      schema: {
        tags: ['tenancy'],
        summary: 'Create a region',
        body: s.regionBody,
        response: { 201: s.regionOut },
      },
    },
    async (req, reply) => {
      requireRole(req, admin);
      return reply.status(201).send(await service.createRegion({ db, name: req.body.name }));
    },
  );

  const nTags = ['tenancy'];
  app.get(
    '/api/v1/neighbourhoods',
    { schema: { tags: nTags, summary: 'Neighbourhoods', response: { 200: s.list(s.neighbourhoodOut) } } },
    async (req) => {
      requireActor(req);
      return { items: await service.listNeighbourhoods({ db }) };
    },
  );
  app.get(
    '/api/v1/neighbourhoods/:id',
    {
      schema: {
        tags: nTags,
        summary: 'One neighbourhood with the organisations serving it',
        params: s.idParams,
        response: { 200: s.neighbourhoodDetailOut },
      },
    },
    async (req) => {
      requireActor(req);
      return service.getNeighbourhood({ db, id: req.params.id });
    },
  );
  app.post(
    '/api/v1/neighbourhoods',
    {
      schema: {
        tags: nTags,
        summary: 'Create a neighbourhood',
        body: s.neighbourhoodBody,
        response: { 201: s.neighbourhoodOut },
      },
    },
    async (req, reply) => {
      requireRole(req, admin);
      return reply.status(201).send(await service.createNeighbourhood({ db, input: req.body }));
    },
  );
  app.patch(
    '/api/v1/neighbourhoods/:id',
    {
      schema: {
        tags: nTags,
        summary: 'Change a neighbourhood',
        params: s.idParams,
        body: s.neighbourhoodBody.partial(),
        response: { 200: s.neighbourhoodOut },
      },
    },
    async (req) => {
      requireRole(req, admin);
      return service.updateNeighbourhood({ db, id: req.params.id, input: req.body });
    },
  );

  app.get(
    '/api/v1/organisations',
    { schema: { tags: nTags, summary: 'Organisations', response: { 200: s.list(s.organisationOut) } } },
    async (req) => {
      requireActor(req);
      return { items: await service.listOrganisations({ db }) };
    },
  );
  app.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags: nTags,
        summary: 'One organisation',
        params: s.idParams,
        response: { 200: s.organisationDetailOut },
      },
    },
    async (req) => {
      requireActor(req);
      return service.getOrganisation({ db, id: req.params.id });
    },
  );
  app.post(
    '/api/v1/organisations',
    {
      schema: {
        tags: nTags,
        summary: 'Create an organisation',
        body: s.organisationBody,
        response: { 201: s.organisationOut },
      },
    },
    async (req, reply) => {
      requireRole(req, admin);
      return reply.status(201).send(await service.createOrganisation({ db, input: req.body }));
    },
  );
  app.patch(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags: nTags,
        summary: 'Change an organisation',
        params: s.idParams,
        body: s.organisationBody.partial(),
        response: { 200: s.organisationOut },
      },
    },
    async (req) => {
      requireRole(req, admin);
      return service.updateOrganisation({ db, id: req.params.id, input: req.body });
    },
  );

  const pTags = ['people'];
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags: pTags,
        summary: 'People (administrators)',
        querystring: s.peopleQuery,
        response: { 200: s.list(s.personOut) },
      },
    },
    async (req) => {
      requireRole(req, admin);
      return { items: await service.listPeople({ db, q: req.query.q }) };
    },
  );
  app.get(
    '/api/v1/people/:id',
    {
      schema: {
        tags: pTags,
        summary: 'One person with memberships',
        params: s.idParams,
        response: { 200: s.personDetailOut },
      },
    },
    async (req) => {
      requireRole(req, admin);
      return service.getPerson({ db, id: req.params.id });
    },
  );
  app.post(
    '/api/v1/people',
    {
      schema: {
        tags: pTags,
        summary: 'Create a person',
        body: s.personBody,
        response: { 201: s.personDetailOut },
      },
    },
    async (req, reply) => {
      requireRole(req, admin);
      return reply.status(201).send(await service.createPerson({ db, input: req.body }));
    },
  );
  app.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags: pTags,
        summary: 'Change a person',
        params: s.idParams,
        body: s.personPatch,
        response: { 200: s.personDetailOut },
      },
    },
    async (req) => {
      requireRole(req, admin);
      return service.updatePerson({ db, id: req.params.id, input: req.body });
    },
  );
  app.post(
    '/api/v1/people/:id/memberships',
    {
      schema: {
        tags: pTags,
        summary: 'Give a person a role',
        params: s.idParams,
        body: s.membershipBody,
        response: { 201: membershipOut },
      },
    },
    async (req, reply) => {
      requireRole(req, admin);
      return reply
        .status(201)
        .send(await service.addMembership({ db, personId: req.params.id, input: req.body }));
    },
  );
  app.delete(
    '/api/v1/people/:id/memberships/:membershipId',
    { schema: { tags: pTags, summary: 'Take a role away', params: s.membershipParams } },
    async (req, reply) => {
      requireRole(req, admin);
      await service.removeMembership({ db, personId: req.params.id, membershipId: req.params.membershipId });
      return reply.status(204).send();
    },
  );
};
