// The mail outbox, readable by administrators: without SMTP this is where password-reset mail can be read.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { requireRole } from '../../server/auth/guards.ts';
import { auditOnly } from '../../server/audit.ts';

export const outboxOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      body: z.string(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
});

export const outboxRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/admin/outbox',
    { schema: { tags: ['administration'], summary: 'Outgoing e-mail', response: { 200: outboxOut } } },
    async (req) => {
      requireRole(req, 'administrator');
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'recipient', 'subject', 'body', 'created_at', 'sent_at'])
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      await auditOnly(db, {
        action: 'read',
        objectType: 'outbox',
        basis: 'administration',
        actingAs: 'administrator',
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          to: r.recipient,
          subject: r.subject,
          body: r.body,
          createdAt: r.created_at.toISOString(),
          sentAt: r.sent_at?.toISOString() ?? null,
        })),
      };
    },
  );
};
