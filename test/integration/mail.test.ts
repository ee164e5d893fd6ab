// Outgoing mail: queued in the transaction that caused it, delivered once even with several senders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutbox, enqueueMail, type MailMessage, type MailTransport } from '../../src/server/mail.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** Our one fake of the mail transport: records what would have been sent. */
function fakeTransport(fail: (m: MailMessage) => boolean = () => false) {
  const sent: MailMessage[] = [];
  const transport: MailTransport = {
    async send(_from, msg) {
      await new Promise((r) => setTimeout(r, 5));
      if (fail(msg)) throw new Error('550 mailbox unavailable');
      sent.push(msg);
    },
  };
  return { sent, transport };
}

describe('mail outbox', () => {
  it('keeps nothing when the transaction that queued the mail rolls back', async () => {
    await t.db
      .transaction()
      .execute(async (trx) => {
        await enqueueMail(trx, { to: 'a@test.nl', subject: 's', body: 'b' });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await t.db.selectFrom('outbox').selectAll().execute()).toHaveLength(0);
  });

  it('sends each message exactly once with three senders at the same time, and retries failures later', async () => {
    for (let i = 0; i < 12; i++)
      await enqueueMail(t.db, { to: `p${i}@test.nl`, subject: `m${i}`, body: 'x' });
    await enqueueMail(t.db, { to: 'bounce@test.nl', subject: 'bounce', body: 'x' });
    const { sent, transport } = fakeTransport((m) => m.to === 'bounce@test.nl');
    const counts = await Promise.all(
      [1, 2, 3].map(() => deliverOutbox(t.db, transport, 'Wijkpunt <noreply@test.nl>')),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    expect(sent.map((m) => m.subject).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `m${i}`).sort());
    const bounce = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('recipient', '=', 'bounce@test.nl')
      .executeTakeFirstOrThrow();
    expect(bounce.sent_at).toBeNull();
    expect(bounce.attempts).toBe(1);
    expect(bounce.last_error).toContain('550');
    expect(bounce.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    // Not retried before its time; retried after it.
    expect(await deliverOutbox(t.db, fakeTransport().transport, 'x')).toBe(0);
    await t.db
      .updateTable('outbox')
      .set({ next_attempt_at: new Date(Date.now() - 1000) })
      .where('id', '=', bounce.id)
      .execute();
    expect(await deliverOutbox(t.db, fakeTransport().transport, 'x')).toBe(1);
  });
});
