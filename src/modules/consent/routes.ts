// HTTP for the consent ledger and emergency access: authenticate → validate → authorise (the role that owns
// the API; 403 for others) → call the service → present. Whose consent it is lives in the service.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireRole } from '../../server/auth/guards.ts';
import { auditOnly } from '../../server/audit.ts';
import { notFound } from '../../server/errors.ts';
import * as s from './schema.ts';
import * as ledger from './service.ts';
import { listEmergencyAccesses, startEmergencyAccess, startEmergencyAccessByEmail } from './emergency.ts';
import { consentBundle, toFhirConsent } from './fhir.ts';

export const consentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;
  const tags = ['consent'];
  const publicUrl = config.publicUrl;
  const mailed = () => deps.onMailQueued?.();

  app.post(
    '/api/v1/me/consents',
    {
      schema: {
        tags,
        summary: 'Give consent to a person, an organisation or a role within one (holds at once)',
        body: s.grantBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      const out = await ledger.grantConsent({ db, actor, input: req.body, publicUrl });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/me/consents',
    {
      schema: {
        tags,
        summary: 'Every consent and request of the resident',
        response: { 200: s.consentList },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      const items = await ledger.listConsents({ db, residentId: actor.personId });
      await auditOnly(db, {
        action: 'read',
        objectType: 'consent',
        subjectId: actor.personId,
        basis: 'own_data',
        actingAs: 'resident',
      });
      return { items };
    },
  );

  app.get(
    '/api/v1/me/consents/fhir',
    { schema: { tags, summary: 'The consents as a FHIR R4 Bundle of Consent resources' } },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      const items = await ledger.listConsents({ db, residentId: actor.personId });
      await auditOnly(db, {
        action: 'export',
        objectType: 'consent',
        subjectId: actor.personId,
        basis: 'own_data',
        actingAs: 'resident',
      });
      return reply.type('application/fhir+json').send(consentBundle(items, actor.personId));
    },
  );

  app.get(
    '/api/v1/me/consents/:id',
    {
      schema: {
        tags,
        summary: 'One consent',
        params: s.idParams,
        response: { 200: s.consentOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      const [item] = await ledger.listConsents({ db, residentId: actor.personId, only: req.params.id });
      if (!item) throw notFound();
      return item;
    },
  );

  app.get(
    '/api/v1/me/consents/:id/fhir',
    { schema: { tags, summary: 'One consent as a FHIR R4 Consent', params: s.idParams } },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      const [item] = await ledger.listConsents({ db, residentId: actor.personId, only: req.params.id });
      if (!item) throw notFound();
      return reply.type('application/fhir+json').send(toFhirConsent(item, actor.personId));
    },
  );

  app.delete(
    '/api/v1/me/consents/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent (holds at once) or decline a request',
        params: s.idParams,
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      await ledger.withdrawConsent({ db, actor, id: req.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/me/consents/:id/decision',
    {
      schema: {
        tags,
        summary: "Approve or decline a professional's request for consent",
        params: s.idParams,
        body: s.decisionBody,
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'resident');
      await ledger.decideRequest({ db, actor, id: req.params.id, decision: req.body.decision, publicUrl });
      mailed();
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/consent-grantees',
    {
      schema: {
        tags,
        summary: "Professionals and organisations of the resident's region to give consent to",
        querystring: s.granteeSearch,
        response: { 200: s.granteesOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'resident');
      return ledger.searchGrantees({ db, actor, q: req.query.q });
    },
  );

  app.post(
    '/api/v1/consent-requests',
    {
      schema: {
        tags,
        summary: 'Ask a resident (by e-mail address) for consent; the answer never says whether they exist',
        body: s.requestBody,
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'professional');
      await ledger.requestConsent({ db, actor, input: req.body, publicUrl });
      mailed();
      return reply.status(202).send();
    },
  );

  app.get(
    '/api/v1/shared-records',
    {
      schema: {
        tags,
        summary: 'The residents whose records the professional may open now, and on what',
        response: { 200: s.sharedOut },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'professional');
      return ledger.sharedWithMe({ db, actor });
    },
  );

  app.post(
    '/api/v1/residents/:residentId/emergency-access',
    {
      schema: {
        tags,
        summary:
          'Emergency access: 24 hours of read access, with a reason; resident and coordinator are told',
        params: s.residentParams,
        body: s.emergencyBody,
        response: { 201: s.emergencyOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'professional');
      const out = await startEmergencyAccess({
        db,
        actor,
        residentId: req.params.residentId,
        reason: req.body.reason,
        publicUrl,
      });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.post(
    '/api/v1/emergency-access',
    {
      schema: {
        tags,
        summary: 'Emergency access to the record of the resident with this e-mail address (404 if none)',
        body: s.emergencyByEmailBody,
        response: { 201: s.emergencyByEmailOut },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, 'professional');
      const out = await startEmergencyAccessByEmail({ db, actor, ...req.body, publicUrl });
      mailed();
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/emergency-accesses',
    {
      schema: {
        tags,
        summary: "Emergency accesses in the coordinator's neighbourhoods, for review (never which resident)",
        response: { 200: s.emergencyList },
      },
    },
    async (req) => {
      const actor = requireRole(req, 'coordinator');
      return listEmergencyAccesses({ db, actor });
    },
  );
};
