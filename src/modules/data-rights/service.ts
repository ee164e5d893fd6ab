// The resident's rights under the AVG (GDPR): a copy of everything Wijkpunt holds about them, as a FHIR
// Bundle and as a readable document, and the deletion of their account and record. What must be kept (the
// access log, emergency accesses) is listed before the deletion and kept apart; the deletion itself is logged.
import type { AuditEvent, Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import { verifyPassword } from '../../server/auth/secrets.ts';
import { writeAudit } from '../../server/audit.ts';
import type { DB } from '../../server/db/schema.ts';
import { AppError, bilingual } from '../../server/errors.ts';
import type { Locale } from '../../server/i18n.ts';
import { accessLogFor } from '../accounts/access-log.ts';
import { consentBundle } from '../consent/fhir.ts';
import { listConsents, PURPOSE_WORDS } from '../consent/service.ts';
import { listNotifications } from '../notifications/service.ts';
import { eraseOwnRecord, exportOwnRecord, type StoredResource } from '../record/access.ts';
import { RECORD_CATEGORIES, type StoredCategory } from '../record/categories.ts';
import { item } from '../record/present.ts';
import { referralBundle } from '../referrals/fhir.ts';
import { getReferral, listReferrals, type ReferralView } from '../referrals/service.ts';
import { getQuestion, myQuestions, type QuestionView } from '../frontdesk/service.ts';
import { getCase } from '../wmo/service.ts';

interface Options {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  locale: Locale;
}

export interface Everything {
  person: {
    id: string;
    name: string;
    email: string;
    locale: string;
    createdAt: Date;
    mailNotifications: boolean;
  };
  record: (StoredResource & { category: StoredCategory })[];
  consents: Awaited<ReturnType<typeof listConsents>>;
  accessLog: Awaited<ReturnType<typeof accessLogFor>>;
  notifications: Awaited<ReturnType<typeof listNotifications>>;
  referrals: ReferralView[];
  questions: QuestionView[];
  wmo: Awaited<ReturnType<typeof getCase>>[];
}

/** Everything about the person, read through the record's door (which logs the export). */
async function gather({ db, actor, locale }: Options): Promise<Everything> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'name', 'email', 'locale', 'created_at', 'mail_notifications'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  const record = await exportOwnRecord({ db, actor, residentId: actor.personId });
  return {
    person: { ...person, createdAt: person.created_at, mailNotifications: person.mail_notifications },
    record,
    consents: await listConsents({ db, residentId: actor.personId }),
    accessLog: await accessLogFor({ db, personId: actor.personId, locale, limit: 100_000 }),
    notifications: await listNotifications({ db, personId: actor.personId, locale }),
    referrals: await Promise.all(
      (await listReferrals({ db, actor, box: 'mine' })).map((r) => getReferral({ db, actor, id: r.id })),
    ),
    questions: await Promise.all(
      (await myQuestions({ db, actor })).map((q) => getQuestion({ db, actor, id: q.id })),
    ),
    wmo: await Promise.all(
      (await db.selectFrom('wmo_case').select('id').where('resident_id', '=', actor.personId).execute()).map(
        (c) => getCase({ db, actor, id: c.id }),
      ),
    ),
  };
}

/** Everything as one FHIR R4 collection Bundle: the record, the consents and the access log (AuditEvent). */
export async function exportFhir(opts: Options): Promise<Bundle> {
  const all = await gather(opts);
  const patient = all.record.find((r) => r.resourceType === 'Patient')?.resource ?? {
    resourceType: 'Patient',
    id: all.person.id,
    name: [{ text: all.person.name }],
    telecom: [{ system: 'email', value: all.person.email }],
  };
  const entries: BundleEntry[] = [
    { fullUrl: `urn:uuid:${all.person.id}`, resource: patient as unknown as Resource },
    ...all.record
      .filter((r) => r.resourceType !== 'Patient')
      .map((r) => ({ fullUrl: `urn:uuid:${r.id}`, resource: r.resource as unknown as Resource })),
    ...(consentBundle(all.consents, all.person.id).entry ?? []),
    ...all.referrals.flatMap((r) => referralBundle(r, 'urn:wijkpunt').entry as BundleEntry[]),
    ...all.accessLog.map((l): BundleEntry<AuditEvent> => ({
      resource: {
        resourceType: 'AuditEvent',
        id: String(l.seq),
        type: {
          system: 'http://dicom.nema.org/resources/ontology/DCM',
          code: '110110',
          display: 'Patient Record',
        },
        recorded: l.at,
        outcome: l.action.endsWith(')') ? '4' : '0',
        outcomeDesc: l.action,
        agent: [{ who: { display: l.actor }, requestor: true }],
        source: { observer: { display: 'Wijkpunt' } },
        entity: [{ what: { reference: `Patient/${all.person.id}` }, description: l.object }],
        purposeOfEvent: [{ text: l.basis }],
      },
    })),
  ];
  return { resourceType: 'Bundle', type: 'collection', timestamp: new Date().toISOString(), entry: entries };
}

const esc = (s: string | null | undefined) => (s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const T = {
  nl: {
    title: 'Mijn gegevens in Wijkpunt',
    made: 'Gemaakt op',
    account: 'Mijn account',
    name: 'Naam',
    email: 'E-mailadres',
    since: 'Account sinds',
    mail: 'E-mail bij een nieuw bericht',
    yes: 'ja',
    no: 'nee',
    record: 'Mijn dossier',
    empty: 'Niets opgeslagen.',
    what: 'Wat',
    date: 'Datum',
    status: 'Status',
    consents: 'Mijn toestemmingen',
    who: 'Aan wie',
    purpose: 'Waarvoor',
    parts: 'Welke delen',
    until: 'Tot en met',
    log: 'Wie zag of wijzigde mijn gegevens',
    action: 'Wat er gebeurde',
    basis: 'Op grond van',
    messages: 'Mijn berichten',
    referrals: 'Mijn verwijzingen',
    to: 'Naar',
    reason: 'Reden',
    outcome: 'Terugbericht',
    questions: 'Mijn vragen aan het loket',
    question: 'Vraag',
    answer: 'Antwoord',
    wmo: 'Mijn Wmo-meldingen',
    decision: 'Besluit',
    advice: 'Advies van de huisarts',
    parts_: {
      medication: 'Medicijnen',
      problems: 'Gezondheidsproblemen en allergieën',
      measurements: 'Metingen',
      'health-checks': 'Gezondheidschecks',
      notes: 'Notities en doelen',
      documents: 'Documenten',
      contacts: 'Contacten',
    },
  },
  en: {
    title: 'My data in Wijkpunt',
    made: 'Made on',
    account: 'My account',
    name: 'Name',
    email: 'E-mail address',
    since: 'Account since',
    mail: 'E-mail for a new message',
    yes: 'yes',
    no: 'no',
    record: 'My record',
    empty: 'Nothing stored.',
    what: 'What',
    date: 'Date',
    status: 'Status',
    consents: 'My consents',
    who: 'To whom',
    purpose: 'For what',
    parts: 'Which parts',
    until: 'Until',
    log: 'Who saw or changed my data',
    action: 'What happened',
    basis: 'On the basis of',
    messages: 'My messages',
    referrals: 'My referrals',
    to: 'To',
    reason: 'Reason',
    outcome: 'Message back',
    questions: 'My questions to the front desk',
    question: 'Question',
    answer: 'Answer',
    wmo: 'My Wmo reports',
    decision: 'Decision',
    advice: "The GP's advice",
    parts_: {
      medication: 'Medication',
      problems: 'Health problems and allergies',
      measurements: 'Measurements',
      'health-checks': 'Health checks',
      notes: 'Notes and goals',
      documents: 'Documents',
      contacts: 'Contacts',
    },
  },
} as const;

/** Everything as one self-contained, printable HTML document in plain words. */
export async function exportReadable(opts: Options): Promise<string> {
  const all = await gather(opts);
  const { locale } = opts;
  const w = T[locale];
  const day = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', {
          timeZone: 'Europe/Amsterdam',
        })
      : '';
  const table = (head: string[], rows: string[][]) =>
    rows.length
      ? `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : `<p>${esc(w.empty)}</p>`;
  const parts = RECORD_CATEGORIES.map((cat) => {
    const rows = all.record.filter((r) => r.category === cat).map((r) => item(r, locale));
    return `<h3>${esc(w.parts_[cat])}</h3>${table(
      [w.what, w.date, w.status],
      rows.map((i) => [[i.what.text, i.detail].filter(Boolean).join(' — '), day(i.date), i.status ?? '']),
    )}`;
  }).join('');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${esc(w.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>${esc(w.title)}</h1>
<p>${esc(w.made)} ${esc(day(new Date().toISOString()))}</p>
<h2>${esc(w.account)}</h2>
<dl><dt>${esc(w.name)}</dt><dd>${esc(all.person.name)}</dd><dt>${esc(w.email)}</dt><dd>${esc(all.person.email)}</dd>
<dt>${esc(w.since)}</dt><dd>${esc(day(all.person.createdAt.toISOString()))}</dd>
<dt>${esc(w.mail)}</dt><dd>${esc(all.person.mailNotifications ? w.yes : w.no)}</dd></dl>
<h2>${esc(w.record)}</h2>${parts}
<h2>${esc(w.consents)}</h2>${table(
    [w.who, w.purpose, w.parts, w.until, w.status],
    all.consents.map((c) => [
      [c.grantee.name, c.grantee.organisation !== c.grantee.name ? c.grantee.organisation : null]
        .filter(Boolean)
        .join(', '),
      PURPOSE_WORDS[c.purpose][locale] + (c.purposeRef ? ` (${c.purposeRef})` : ''),
      c.categories.map((x) => w.parts_[x]).join(', '),
      day(`${c.validUntil}T12:00:00Z`),
      c.status,
    ]),
  )}
<h2>${esc(w.log)}</h2>${table(
    [w.date, w.who, w.action, w.what, w.basis],
    all.accessLog.map((l) => [
      day(l.at),
      l.actor,
      l.action,
      l.object,
      l.basis + (l.reason ? `: ${l.reason}` : ''),
    ]),
  )}
<h2>${esc(w.referrals)}</h2>${table(
    [w.date, w.to, w.reason, w.status, w.outcome],
    all.referrals.map((r) => [
      day(r.createdAt),
      r.to.service?.name ?? r.to.team?.name ?? r.to.organisation,
      r.reason,
      r.status,
      r.feedback ? `${r.feedback.supportGiven} — ${r.feedback.outcome}` : '',
    ]),
  )}
<h2>${esc(w.questions)}</h2>${table(
    [w.date, w.question, w.status, w.answer],
    all.questions.map((q) => [day(q.createdAt), q.text, q.status, q.answer ?? '']),
  )}
<h2>${esc(w.wmo)}</h2>${table(
    [w.date, w.what, w.decision, w.advice],
    all.wmo.map((c) => [
      day(`${c.reportedOn}T12:00:00Z`),
      c.subject,
      c.decision ?? '',
      c.advice.map((a) => (a.advice ? `${a.gp.name}: ${a.advice.answer}` : '')).join(' '),
    ]),
  )}
<h2>${esc(w.messages)}</h2>${table(
    [w.date, w.what],
    all.notifications.map((n) => [day(n.createdAt), n.text]),
  )}
</body></html>`;
  return html;
}

// --- deletion ---------------------------------------------------------------------------------------------

/** What deleting the account removes and what it keeps (and why), for the confirmation page. */
export async function deletionPlan({ db, actor, locale }: Options) {
  const count = async (
    table: 'record_resource' | 'consent' | 'referral' | 'frontdesk_question' | 'wmo_case',
    column: 'resident_id',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where(column, '=', actor.personId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const nl = locale === 'nl';
  return {
    allowed: isOnlyResident(actor),
    deleted: [
      {
        what: nl ? 'Uw dossier (alle delen)' : 'Your record (every part)',
        count: await count('record_resource', 'resident_id'),
      },
      {
        what: nl ? 'Uw toestemmingen en vragen om toestemming' : 'Your consents and requests for consent',
        count: await count('consent', 'resident_id'),
      },
      {
        what: nl
          ? 'Uw verwijzingen, vragen aan het loket en Wmo-meldingen met het advies van de huisarts'
          : 'Your referrals, questions to the front desk and Wmo reports with the GP’s advice',
        count:
          (await count('referral', 'resident_id')) +
          (await count('frontdesk_question', 'resident_id')) +
          (await count('wmo_case', 'resident_id')),
      },
      {
        what: nl
          ? 'Uw berichten, inlogsessies en API-sleutels'
          : 'Your messages, login sessions and API keys',
        count: null,
      },
      { what: nl ? 'Uw naam en e-mailadres' : 'Your name and e-mail address', count: null },
    ],
    kept: [
      {
        what: nl
          ? 'Het logboek van wie uw gegevens inzag of wijzigde'
          : 'The log of who saw or changed your data',
        why: nl
          ? 'Zorgorganisaties moeten kunnen aantonen wie gegevens inzag (NEN 7513). Het logboek bevat alleen nummers, geen namen of gezondheidsgegevens, en wordt apart bewaard.'
          : 'Care organisations must be able to show who saw data (NEN 7513). The log holds only numbers, no names or health data, and is kept apart.',
      },
      {
        what: nl ? 'Meldingen van noodtoegang tot uw dossier' : 'Records of emergency access to your record',
        why: nl
          ? 'Zo kan achteraf worden gecontroleerd of noodtoegang terecht was.'
          : 'So that it can be checked afterwards whether an emergency access was justified.',
      },
    ],
  };
}

const isOnlyResident = (actor: Actor) =>
  actor.memberships.length > 0 && actor.memberships.every((m) => m.role === 'resident');

/**
 * Deletes the resident's account and record in one transaction, after the password. The person row stays as
 * an anonymous mark (the audit log refers to its id), with the deletion logged in the same transaction.
 */
export async function deleteAccount({ db, actor, password }: Omit<Options, 'locale'> & { password: string }) {
  if (!isOnlyResident(actor)) {
    throw new AppError(
      'forbidden',
      bilingual(
        'U heeft ook een rol als professional, coördinator of beheerder. Vraag de beheerder om uw account te verwijderen.',
        'You also have a role as professional, coordinator or administrator. Ask the administrator to delete your account.',
      ),
    );
  }
  const person = await db
    .selectFrom('person')
    .select('password_hash')
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(person.password_hash, password))) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.password',
        message: bilingual('Dit wachtwoord klopt niet.', 'This password is not correct.'),
      },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const id = actor.personId;
    await eraseOwnRecord(trx, { actor, residentId: id });
    // Referrals and front-desk questions about the resident go too (their steps with them); the
    // professionals' own files stay in their own systems.
    await trx.deleteFrom('referral').where('resident_id', '=', id).execute();
    await trx.deleteFrom('frontdesk_question').where('resident_id', '=', id).execute();
    // Wmo cases here are the coordination copy (the municipality keeps its own file); the advice goes with them.
    await trx.deleteFrom('wmo_case').where('resident_id', '=', id).execute();
    await trx.deleteFrom('consent').where('resident_id', '=', id).execute();
    await trx.deleteFrom('notification').where('person_id', '=', id).execute();
    await trx.deleteFrom('session').where('person_id', '=', id).execute();
    await trx.deleteFrom('api_token').where('person_id', '=', id).execute();
    await trx.deleteFrom('password_reset').where('person_id', '=', id).execute();
    await trx.deleteFrom('membership').where('person_id', '=', id).execute();
    await trx
      .updateTable('person')
      .set({
        name: 'Verwijderd account',
        email: `verwijderd-${id}@invalid`,
        password_hash: null,
        deleted_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      action: 'delete',
      objectType: 'account',
      objectId: id,
      subjectId: id,
      basis: 'own_data',
      actor,
      actingAs: 'resident',
    });
  });
}
