// HTTP for the coordinator's HSDS upload (preview, then confirm).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/app.ts';

export const socialMapImportRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
