// HTTP for accounts: authenticate → validate → authorise → call the service → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor } from '../../server/auth/guards.ts';
import { loadActor, SESSION_COOKIE } from '../../server/auth/sessions.ts';
import * as s from './schema.ts';
import * as service from './service.ts';
import { readOwnAccessLog, reportAccess } from './access-log.ts';
import { z } from 'zod';

export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;
  const tags = ['accounts'];

  app.post(
    '/api/v1/auth/login',
    {
      // Per client address; the per-account lockout lives in the database so it holds across servers.
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Log in with e-mail and password',
        body: s.loginBody,
        response: { 200: s.loginOut },
      },
    },
    async (req, reply) => {
      const { user, session } = await service.login({ db, config, ...req.body });
      void reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        secure: config.cookieSecure,
        sameSite: 'lax',
        expires: session.expiresAt,
      });
      return { user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: 'Log out (ends the session)' } },
    async (req, reply) => {
      if (req.actor) await service.logout({ db, actor: req.actor });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { rateLimit: { max: 5, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Ask for a password reset e-mail', body: s.resetRequestBody },
    },
    async (req, reply) => {
      await service.requestPasswordReset({ db, config, email: req.body.email });
      deps.onMailQueued?.();
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Set a new password with a reset token', body: s.resetConfirmBody },
    },
    async (req, reply) => {
      await service.confirmPasswordReset({ db, ...req.body });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'The current user, roles, memberships and navigation',
        response: { 200: s.meOut },
      },
    },
    async (req) => service.presentMe({ db, actor: requireActor(req) }),
  );

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Change own name, language or whether messages also come by e-mail',
        body: s.updateMeBody,
        response: { 200: s.meOut },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await service.updateMe({ db, actor, ...req.body });
      const fresh = await loadActor(db, actor.personId, actor.via === 'token' ? 'token' : 'session', {
        sessionId: actor.sessionId,
        csrfToken: actor.csrfToken,
      });
      return service.presentMe({ db, actor: { ...(fresh ?? actor), personId: actor.personId } });
    },
  );

  app.get(
    '/api/v1/me/tokens',
    { schema: { tags, summary: 'Own personal API tokens', response: { 200: s.tokenListOut } } },
    async (req) => ({
      items: await service.listTokens({ db, personId: requireActor(req).personId }),
    }),
  );

  app.post(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (shown once)',
        body: s.createTokenBody,
        response: { 201: s.tokenCreatedOut },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await service.createToken({
        db,
        personId: actor.personId,
        name: req.body?.name ?? 'API',
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    { schema: { tags, summary: 'Revoke a personal API token', params: s.idParams } },
    async (req, reply) => {
      await service.revokeToken({ db, personId: requireActor(req).personId, tokenId: req.params.id });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/me/access-log',
    {
      schema: {
        tags,
        summary: 'Who read or changed my data, in plain words',
        response: { 200: s.accessLogOut },
      },
    },
    async (req) => ({
      items: await readOwnAccessLog({ db, personId: requireActor(req).personId, locale: req.locale }),
    }),
  );

  app.post(
    '/api/v1/me/access-log/:seq/report',
    {
      schema: {
        tags,
        summary: 'Report an access to my data that I do not recognise (the coordinator is told)',
        params: z.object({ seq: z.coerce.number().int().positive() }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await reportAccess({ db, personId: actor.personId, seq: req.params.seq, publicUrl: config.publicUrl });
      deps.onMailQueued?.();
      return reply.status(204).send();
    },
  );
};
