// Assembles the HTTP application: plugins, request context, authentication, error format, modules, web app.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { DB } from './db/schema.ts';
import type { DatabaseKind } from './db/database.ts';
import type { Actor } from './auth/actor.ts';
import { actorFromApiToken, actorFromSession, SESSION_COOKIE } from './auth/sessions.ts';
import { enterContext, type RequestContext } from './context.ts';
import {
  AppError,
  fromDatabaseError,
  loggableError,
  pickLanguage,
  toProblem,
  type FieldError,
} from './errors.ts';
import { localeFrom, type Locale } from './i18n.ts';
import { validationMessage } from './validation-messages.ts';
import { accountRoutes } from '../modules/accounts/routes.ts';
import { tenancyRoutes } from '../modules/tenancy/routes.ts';
import { outboxRoutes } from '../modules/outbox/routes.ts';
import { socialMapEditingRoutes } from '../modules/social-map/editing/routes.ts';
import { socialMapSearchRoutes } from '../modules/social-map/search/routes.ts';
import { hsdsApiRoutes } from '../modules/social-map/hsds-api/routes.ts';
import { socialMapPublicRoutes } from '../modules/social-map/public/routes.ts';
import { socialMapImportRoutes } from '../modules/social-map/import/routes.ts';
import { socialMapDedupeRoutes } from '../modules/social-map/dedupe/routes.ts';
import { recordRoutes } from '../modules/record/routes.ts';
import { recordEntryRoutes } from '../modules/record/entries/routes.ts';
import { fhirRoutes } from '../modules/record/fhir/routes.ts';
import { consentRoutes } from '../modules/consent/routes.ts';
import { notificationRoutes } from '../modules/notifications/routes.ts';
import { dataRightsRoutes } from '../modules/data-rights/routes.ts';
import { referralRoutes } from '../modules/referrals/routes.ts';
import { frontdeskRoutes } from '../modules/frontdesk/routes.ts';
import { wmoRoutes } from '../modules/wmo/routes.ts';
import { healthCheckRoutes } from '../modules/health-check/routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
}

export interface AppDeps {
  config: Config;
  db: Kysely<DB>;
  databaseKind: DatabaseKind;
  /** Called after something was put in the mail outbox, to deliver it soon. */
  onMailQueued?: () => void;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Log ids and events only: never bodies, names, e-mail addresses or tokens.
            serializers: {
              req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split('?')[0] }),
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'nl');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Wijkpunt API', version: config.version, description: 'Wijkpunt HTTP API, version 1.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (req, reply) => {
    req.locale = localeFrom(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
    // Entered before the first await so it reaches the handler; the actor is filled in below.
    const ctx: RequestContext = { requestId: req.id, clientAddress: req.ip, actor: null };
    enterContext(ctx);
    // The FHIR subset (/fhir/R4) authenticates like the rest of the API.
    if (!req.url.startsWith('/api/v1/') && !req.url.startsWith('/fhir/')) return;

    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      req.actor = await actorFromApiToken(deps.db, auth.slice(7).trim());
      if (!req.actor) throw new AppError('unauthenticated', tokenInvalid(req.locale));
    } else {
      const token = req.cookies[SESSION_COOKIE];
      if (token) req.actor = await actorFromSession(deps.db, token);
      // Cookies travel with cross-site requests; a change made with one must carry the session's CSRF token.
      if (
        req.actor &&
        UNSAFE.has(req.method) &&
        !csrfMatches(req.headers['x-csrf-token'], req.actor.csrfToken)
      ) {
        throw new AppError('csrf_failed');
      }
    }
    ctx.actor = req.actor;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appErr = asAppError(err, req.locale);
    if (appErr.status >= 500) req.log.error({ err: loggableError(err) }, 'unexpected error');
    void reply
      .status(appErr.status)
      .type('application/problem+json')
      .send(toProblem(appErr, req.locale, req.url.split('?')[0]));
  });

  app.setNotFoundHandler((req, reply) => {
    const wantsApi = req.url.startsWith('/api/');
    const index = config.webDir ? path.join(config.webDir, 'index.html') : null;
    if (!wantsApi && req.method === 'GET' && index && fs.existsSync(index)) {
      return reply.type('text/html').send(fs.createReadStream(index));
    }
    return reply
      .status(404)
      .type('application/problem+json')
      .send(toProblem(new AppError('not_found'), req.locale, req.url.split('?')[0]));
  });

  app.get(
    '/api/v1/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await deps.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const, database: deps.databaseKind, version: config.version };
    },
  );

  await app.register(accountRoutes, deps);
  await app.register(tenancyRoutes, deps);
  await app.register(outboxRoutes, deps);
  await app.register(socialMapEditingRoutes, deps);
  await app.register(socialMapSearchRoutes, deps);
  await app.register(hsdsApiRoutes, deps);
  await app.register(socialMapPublicRoutes, deps);
  await app.register(socialMapImportRoutes, deps);
  await app.register(socialMapDedupeRoutes, deps);
  await app.register(recordRoutes, deps);
  await app.register(recordEntryRoutes, deps);
  await app.register(fhirRoutes, deps);
  await app.register(consentRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(dataRightsRoutes, deps);
  await app.register(referralRoutes, deps);
  await app.register(frontdeskRoutes, deps);
  await app.register(wmoRoutes, deps);
  await app.register(healthCheckRoutes, deps);

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (config.webDir && fs.existsSync(config.webDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: config.webDir, wildcard: true, index: ['index.html'] });
  }
  return app;
}

function csrfMatches(sent: string | string[] | undefined, expected: string | null): boolean {
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function tokenInvalid(locale: Locale): string {
  return locale === 'en'
    ? 'The API token is unknown or revoked.'
    : 'Het API-token is onbekend of ingetrokken.';
}

function asAppError(err: FastifyError, locale: Locale): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const errors: FieldError[] = err.validation.map((v) => {
      const segments = v.instancePath.split('/').filter(Boolean);
      const message =
        pickLanguage(v.message ?? '', locale) ??
        validationMessage({ code: v.keyword, message: v.message, params: v.params }, locale);
      return { path: [where, ...segments].join('.'), message };
    });
    return new AppError('validation_failed', undefined, errors);
  }
  if (err.statusCode === 429) return new AppError('rate_limited');
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('too_large');
  if (
    err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    err.statusCode === 400
  ) {
    return new AppError('validation_failed', err.message, [{ path: 'body', message: err.message }]);
  }
  if (err.statusCode === 404) return new AppError('not_found');
  const dbErr = fromDatabaseError(err, locale);
  if (dbErr) return dbErr;
  return new AppError('internal');
}
