// What the receiving side did with a referral: contact moments and linked services of the social map, as
// shown to the receiving side and the resident (the view in service.ts decides who gets them).
import type { Kysely } from 'kysely';
import type { DB } from '../../server/db/schema.ts';

/** Contacts and links, for the receiving side and the resident (the caller's parties are checked by the view). */
export async function workOn(db: Kysely<DB>, referralId: string) {
  const [contacts, links] = await Promise.all([
    db
      .selectFrom('referral_contact as c')
      .innerJoin('person as p', 'p.id', 'c.actor_id')
      .select(['c.id', 'c.at', 'c.kind', 'c.note', 'p.name'])
      .where('c.referral_id', '=', referralId)
      .orderBy('c.at')
      .execute(),
    db
      .selectFrom('referral_link as l')
      .innerJoin('sm_service as s', 's.id', 'l.service_id')
      .select(['s.id', 's.name', 'l.linked_at'])
      .where('l.referral_id', '=', referralId)
      .orderBy('l.linked_at')
      .execute(),
  ]);
  return {
    contacts: contacts.map((c) => ({
      id: c.id,
      at: c.at.toISOString(),
      kind: c.kind,
      note: c.note,
      by: c.name,
    })),
    linkedServices: links.map((l) => ({ id: l.id, name: l.name, linkedAt: l.linked_at.toISOString() })),
  };
}
