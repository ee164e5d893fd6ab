// HTTP for the public service page of the social map.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';

export const socialMapPublicRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
