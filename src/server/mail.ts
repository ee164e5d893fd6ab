// E-mail goes through a transactional outbox: the message is stored in the same transaction as the change
// that caused it. With SMTP_URL set it is then delivered (and retried by the scheduled job); without it, it
// stays in the outbox, where an administrator can read it in the app.
import nodemailer from 'nodemailer';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './db/schema.ts';

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

const MAX_ATTEMPTS = 10;

export async function enqueueMail(trx: Transaction<DB> | Kysely<DB>, msg: MailMessage): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ recipient: msg.to, subject: msg.subject, body: msg.body })
    .execute();
}

export interface MailTransport {
  send(from: string, msg: MailMessage): Promise<void>;
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(from, msg) {
      await transporter.sendMail({ from, to: msg.to, subject: msg.subject, text: msg.body });
    },
  };
}

/**
 * Sends unsent messages. Rows are claimed with SKIP LOCKED, so several servers never send one message twice.
 * Returns how many were sent.
 */
export async function deliverOutbox(
  db: Kysely<DB>,
  transport: MailTransport,
  from: string,
  limit = 50,
): Promise<number> {
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('outbox')
        .select(['id', 'recipient', 'subject', 'body', 'attempts'])
        .where('sent_at', 'is', null)
        .where('attempts', '<', MAX_ATTEMPTS)
        .where('next_attempt_at', '<=', sql<Date>`now()`)
        .orderBy('next_attempt_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return null;
      try {
        await transport.send(from, { to: row.recipient, subject: row.subject, body: row.body });
        await trx
          .updateTable('outbox')
          .set({ sent_at: sql`now()`, attempts: row.attempts + 1, last_error: null })
          .where('id', '=', row.id)
          .execute();
        return true;
      } catch (err) {
        await trx
          .updateTable('outbox')
          .set({
            attempts: row.attempts + 1,
            // Back off: 5, 10, 15 … minutes, so a bouncing address does not block the rest.
            next_attempt_at: sql<Date>`now() + ${(row.attempts + 1) * 5} * interval '1 minute'`,
            last_error: String((err as Error).message).slice(0, 500),
          })
          .where('id', '=', row.id)
          .execute();
        return false;
      }
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}
