// HTTP for one's own messages: list them (newest first), count the unread ones, and mark one as read.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireActor } from '../../server/auth/guards.ts';
import { listNotifications, markRead, unreadCount } from './service.ts';

export const notificationsOut = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      text: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});

export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const tags = ['notifications'];

  app.get(
    '/api/v1/me/notifications',
    { schema: { tags, summary: 'My messages, newest first', response: { 200: notificationsOut } } },
    async (req) => {
      const actor = requireActor(req);
      const items = await listNotifications({ db, personId: actor.personId, locale: req.locale });
      return { unread: await unreadCount(db, actor.personId), items };
    },
  );

  app.get(
    '/api/v1/me/notifications/unread',
    {
      schema: {
        tags,
        summary: 'How many of my messages are unread (for the menu)',
        response: { 200: z.object({ unread: z.number().int() }) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { unread: await unreadCount(db, actor.personId) };
    },
  );

  app.post(
    '/api/v1/me/notifications/:id/read',
    { schema: { tags, summary: 'Mark one message as read', params: z.object({ id: z.uuid() }) } },
    async (req, reply) => {
      const actor = requireActor(req);
      await markRead({ db, personId: actor.personId, id: req.params.id });
      return reply.status(204).send();
    },
  );
};
