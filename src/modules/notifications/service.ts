// In-app messages ("Berichten"), and an e-mail that only says there is one. A notification stores its kind
// and a few names and ids; the words are made when it is read, in the reader's language. Nothing about
// anyone's health goes into a notification or an e-mail: the e-mail holds a link, never content.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../server/db/schema.ts';
import type { Locale } from '../../server/i18n.ts';
import { enqueueMail } from '../../server/mail.ts';
import { notFound } from '../../server/errors.ts';

type Words = Record<Locale, (p: Record<string, string>) => string>;

/** A plain date (YYYY-MM-DD) as people write it: "12 januari 2027". */
const day = (d: string | undefined, locale: Locale) =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d)
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${d}T00:00:00Z`))
    : (d ?? '');

/** Every kind of notification and its words. A kind not listed here cannot be sent (type-checked). */
const KINDS = {
  'consent.requested': {
    nl: (p) => `${p.requester} (${p.organisation}) vraagt uw toestemming om delen van uw dossier te zien.`,
    en: (p) => `${p.requester} (${p.organisation}) asks your consent to see parts of your record.`,
  },
  'consent.granted': {
    nl: (p) => `${p.resident} heeft u toestemming gegeven om delen van haar of zijn dossier te zien.`,
    en: (p) => `${p.resident} has given you consent to see parts of their record.`,
  },
  'consent.approved': {
    nl: (p) => `${p.resident} heeft uw vraag om toestemming goedgekeurd.`,
    en: (p) => `${p.resident} has approved your request for consent.`,
  },
  'consent.declined': {
    nl: (p) => `${p.resident} heeft uw vraag om toestemming afgewezen.`,
    en: (p) => `${p.resident} has declined your request for consent.`,
  },
  'emergency.resident': {
    nl: (p) =>
      `${p.professional} (${p.organisation}) heeft uw dossier geopend met noodtoegang. De reden staat in uw inzagelog. Herkent u dit niet? Meld het daar.`,
    en: (p) =>
      `${p.professional} (${p.organisation}) opened your record with emergency access. The reason is in your access log. Do you not recognise this? Report it there.`,
  },
  'emergency.coordinator': {
    nl: (p) =>
      `Noodtoegang tot het dossier van een inwoner van ${p.neighbourhood} door ${p.professional} (${p.organisation}). Beoordeel de reden in het overzicht noodtoegang.`,
    en: (p) =>
      `Emergency access to the record of a resident of ${p.neighbourhood} by ${p.professional} (${p.organisation}). Review the reason in the emergency access overview.`,
  },
  'access.reported': {
    nl: (p) =>
      `Een inwoner van ${p.neighbourhood} herkent een inzage in het dossier niet (logregel ${p.seq}). Zoek dit uit met de privacyfunctionaris.`,
    en: (p) =>
      `A resident of ${p.neighbourhood} does not recognise an access to their record (log entry ${p.seq}). Look into it with the privacy officer.`,
  },
  'referral.new': {
    nl: (p) => `Er is een nieuwe verwijzing voor ${p.to}, van ${p.referrer}.`,
    en: (p) => `There is a new referral for ${p.to}, from ${p.referrer}.`,
  },
  'referral.made': {
    nl: (p) => `${p.referrer} heeft u verwezen naar ${p.to}. U kunt de verwijzing volgen.`,
    en: (p) => `${p.referrer} has referred you to ${p.to}. You can follow the referral.`,
  },
  'referral.accepted': {
    nl: (p) => `${p.to} heeft de verwijzing aangenomen.`,
    en: (p) => `${p.to} has accepted the referral.`,
  },
  'referral.rejected': {
    nl: (p) => `${p.to} heeft de verwijzing niet aangenomen. De reden staat bij de verwijzing.`,
    en: (p) => `${p.to} has not accepted the referral. The reason is with the referral.`,
  },
  'referral.completed': {
    nl: (p) => `${p.to} heeft de verwijzing afgerond. Het terugbericht staat bij de verwijzing.`,
    en: (p) => `${p.to} has completed the referral. The message back is with the referral.`,
  },
  'referral.failed': {
    nl: (p) => `${p.to} heeft de verwijzing gestopt. De reden staat bij de verwijzing.`,
    en: (p) => `${p.to} has stopped the referral. The reason is with the referral.`,
  },
  'referral.cancelled': {
    nl: (p) => `De verwijzing naar ${p.to} is ingetrokken.`,
    en: (p) => `The referral to ${p.to} has been withdrawn.`,
  },
  'referral.overdue': {
    nl: (p) =>
      `De verwijzing naar ${p.to} is na ${p.days} werkdagen nog niet ${p.waiting === 'received' ? 'ontvangen' : 'aangenomen'}.`,
    en: (p) =>
      `The referral to ${p.to} has not been ${p.waiting === 'received' ? 'received' : 'accepted'} after ${p.days} working days.`,
  },
  'referral.overdue_coordinator': {
    nl: (p) =>
      `Een verwijzing naar ${p.to} in ${p.neighbourhood} is na ${p.days} werkdagen nog niet ${p.waiting === 'received' ? 'ontvangen' : 'aangenomen'}.`,
    en: (p) =>
      `A referral to ${p.to} in ${p.neighbourhood} has not been ${p.waiting === 'received' ? 'received' : 'accepted'} after ${p.days} working days.`,
  },
  'frontdesk.new': {
    nl: () => 'Er is een nieuwe vraag voor uw team bij het loket.',
    en: () => 'There is a new question for your team at the front desk.',
  },
  'frontdesk.answered': {
    nl: () => 'Uw vraag aan het loket is beantwoord.',
    en: () => 'Your question to the front desk has been answered.',
  },
  'wmo.consent_requested': {
    nl: (p) =>
      `${p.consultant} (Wmo) wil uw huisarts ${p.gp} om advies vragen. Daarvoor is uw toestemming nodig. U beslist zelf.`,
    en: (p) =>
      `${p.consultant} (Wmo) would like to ask your GP ${p.gp} for advice. Your consent is needed for that. You decide.`,
  },
  'wmo.advice_requested': {
    nl: (p) =>
      `De Wmo-consulent ${p.consultant} vraagt uw advies over ${p.resident}, met haar of zijn toestemming.`,
    en: (p) => `The Wmo consultant ${p.consultant} asks your advice about ${p.resident}, with their consent.`,
  },
  'wmo.advice_given': {
    nl: (p) => `Huisarts ${p.gp} heeft advies gegeven over de Wmo-melding.`,
    en: (p) => `GP ${p.gp} has given advice on the Wmo report.`,
  },
  'wmo.clock_due_soon': {
    nl: (p) =>
      `Een Wmo-melding nadert de wettelijke termijn: ${p.clock === 'decision' ? 'het besluit' : 'het onderzoek'} moet klaar zijn op ${day(p.due, 'nl')} (nog ${p.days} dagen).`,
    en: (p) =>
      `A Wmo report is nearing its statutory deadline: the ${p.clock === 'decision' ? 'decision' : 'investigation'} is due on ${day(p.due, 'en')} (${p.days} days left).`,
  },
  'wmo.clock_overdue': {
    nl: (p) =>
      `Een Wmo-melding is over de wettelijke termijn: ${p.clock === 'decision' ? 'het besluit' : 'het onderzoek'} had klaar moeten zijn op ${day(p.due, 'nl')}.`,
    en: (p) =>
      `A Wmo report is past its statutory deadline: the ${p.clock === 'decision' ? 'decision' : 'investigation'} was due on ${day(p.due, 'en')}.`,
  },
} satisfies Record<string, Words>;
export type NotificationKind = keyof typeof KINDS;

export interface NewNotification {
  personId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string;
  /** Also send an e-mail that there is a message (the link only, never the content). */
  mail?: { publicUrl: string };
}

/** Stores notifications (and their e-mails) in the caller's transaction, so they exist only if the change does. */
export async function notify(trx: Transaction<DB> | Kysely<DB>, items: NewNotification[]): Promise<void> {
  if (!items.length) return;
  await trx
    .insertInto('notification')
    .values(
      items.map((n) => ({
        person_id: n.personId,
        kind: n.kind,
        params: JSON.stringify(n.params),
        link: n.link,
      })),
    )
    .execute();
  const mailed = items.filter((n) => n.mail);
  if (!mailed.length) return;
  const people = await trx
    .selectFrom('person')
    .select(['id', 'email', 'locale'])
    .where(
      'id',
      'in',
      mailed.map((n) => n.personId),
    )
    .where('deleted_at', 'is', null)
    // the in-app message always comes; the e-mail only for those who want it (profile page)
    .where('mail_notifications', '=', true)
    .execute();
  for (const n of mailed) {
    const p = people.find((x) => x.id === n.personId);
    if (p) await enqueueMail(trx, messageMail(p.locale, p.email, `${n.mail!.publicUrl}/berichten`));
  }
}

function messageMail(locale: Locale, to: string, link: string) {
  return locale === 'en'
    ? {
        to,
        subject: 'You have a new message in Wijkpunt',
        body: `There is a new message for you in Wijkpunt.\n\nRead it after logging in: ${link}\n\nFor your privacy this e-mail does not say what it is about.`,
      }
    : {
        to,
        subject: 'U heeft een nieuw bericht in Wijkpunt',
        body: `Er staat een nieuw bericht voor u klaar in Wijkpunt.\n\nLees het na inloggen: ${link}\n\nVoor uw privacy staat in deze e-mail niet waar het over gaat.`,
      };
}

export async function listNotifications({
  db,
  personId,
  locale,
}: {
  db: Kysely<DB>;
  personId: string;
  locale: Locale;
}) {
  const rows = await db
    .selectFrom('notification')
    .select(['id', 'kind', 'params', 'link', 'created_at', 'read_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: (KINDS as Record<string, Words>)[r.kind]?.[locale](r.params) ?? r.kind,
    link: r.link,
    createdAt: r.created_at.toISOString(),
    read: r.read_at !== null,
  }));
}

export async function markRead({ db, personId, id }: { db: Kysely<DB>; personId: string; id: string }) {
  const done = await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!done) {
    const exists = await db
      .selectFrom('notification')
      .select('id')
      .where('id', '=', id)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (!exists) throw notFound();
  }
}

export async function unreadCount(db: Kysely<DB>, personId: string): Promise<number> {
  const r = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
