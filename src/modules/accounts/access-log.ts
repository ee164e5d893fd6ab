// The resident's view of the audit log: every entry about them, in plain words.
import { sql, type Kysely } from 'kysely';
import type { AuditAction, AuditBasis, DB } from '../../server/db/schema.ts';
import type { Locale } from '../../server/i18n.ts';
import { audited, auditOnly } from '../../server/audit.ts';
import { notFound } from '../../server/errors.ts';
import { notify } from '../notifications/service.ts';

type Words = Record<Locale, string>;

const ACTIONS: Record<AuditAction, Words> = {
  read: { nl: 'bekeken', en: 'viewed' },
  create: { nl: 'aangemaakt', en: 'created' },
  update: { nl: 'gewijzigd', en: 'changed' },
  delete: { nl: 'verwijderd', en: 'deleted' },
  login: { nl: 'ingelogd', en: 'logged in' },
  logout: { nl: 'uitgelogd', en: 'logged out' },
  login_failed: { nl: 'inlogpoging mislukt', en: 'failed login attempt' },
  export: { nl: 'geëxporteerd', en: 'exported' },
  import: { nl: 'geïmporteerd', en: 'imported' },
  verify: { nl: 'gecontroleerd', en: 'checked' },
  emergency_access: { nl: 'ingezien in een noodsituatie', en: 'opened in an emergency' },
  password_reset: { nl: 'nieuw wachtwoord aangevraagd', en: 'new password requested' },
};

const BASES: Record<AuditBasis, Words> = {
  consent: { nl: 'met uw toestemming', en: 'with your consent' },
  referral: { nl: 'voor een verwijzing', en: 'for a referral' },
  mdo: { nl: 'voor een overleg over uw zorg (MDO)', en: 'for a case conference (MDO)' },
  emergency: { nl: 'noodtoegang', en: 'emergency access' },
  own_data: { nl: 'uw eigen gegevens', en: 'your own data' },
  administration: { nl: 'beheer van uw account', en: 'management of your account' },
  system: { nl: 'automatisch door Wijkpunt', en: 'automatically by Wijkpunt' },
};

const OBJECTS: Record<string, Words> = {
  account: { nl: 'uw account', en: 'your account' },
  password: { nl: 'uw wachtwoord', en: 'your password' },
  api_token: { nl: 'een API-sleutel', en: 'an API key' },
  person: { nl: 'uw persoonsgegevens', en: 'your personal details' },
  membership: {
    nl: 'uw rol in een organisatie of wijk',
    en: 'your role in an organisation or neighbourhood',
  },
  access_log: { nl: 'uw inzagelog', en: 'your access log' },
  record: { nl: 'uw gezondheidsdossier', en: 'your health record' },
  consent: { nl: 'uw toestemmingen', en: 'your consents' },
  access_report: { nl: 'een melding over een inzage', en: 'a report about an access' },
  wmo_case: { nl: 'uw Wmo-melding bij de gemeente', en: 'your Wmo report to the municipality' },
  wmo_advice: {
    nl: 'een vraag om advies aan uw huisarts (Wmo)',
    en: 'a question for advice to your GP (Wmo)',
  },
};

/** The part of the record a read was about (record rows carry the category as object id). */
const RECORD_PARTS: Record<string, Words> = {
  summary: { nl: 'overzicht', en: 'overview' },
  medication: { nl: 'medicijnen', en: 'medication' },
  problems: { nl: 'gezondheidsproblemen', en: 'health problems' },
  measurements: { nl: 'metingen', en: 'measurements' },
  'health-checks': { nl: 'gezondheidschecks', en: 'health checks' },
  notes: { nl: 'notities en doelen', en: 'notes and goals' },
  documents: { nl: 'documenten', en: 'documents' },
  contacts: { nl: 'contacten', en: 'contacts' },
  timeline: { nl: 'tijdlijn', en: 'timeline' },
};

const ROLE_WORDS: Record<string, Words> = {
  resident: { nl: 'inwoner', en: 'resident' },
  professional: { nl: 'zorg- of welzijnsprofessional', en: 'care or welfare professional' },
  provider_editor: { nl: 'redacteur sociale kaart', en: 'social map editor' },
  coordinator: { nl: 'wijkcoördinator', en: 'neighbourhood coordinator' },
  funder: { nl: 'financier', en: 'funder' },
  administrator: { nl: 'beheerder', en: 'administrator' },
  system: { nl: 'systeem', en: 'system' },
};

export async function accessLogFor({
  db,
  personId,
  locale,
  limit = 200,
}: {
  db: Kysely<DB>;
  personId: string;
  locale: Locale;
  limit?: number;
}) {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('person as p', 'p.id', 'a.actor_id')
    .leftJoin('organisation as o', 'o.id', 'a.actor_organisation_id')
    // An emergency access says why (the reason the professional gave).
    .leftJoin('emergency_access as e', (j) =>
      j.on('a.basis', '=', 'emergency').on(sql`e.id::text`, '=', sql.ref('a.basis_id')),
    )
    .where('a.subject_id', '=', personId)
    .select([
      'a.seq',
      'a.object_id',
      'e.reason',
      'a.at',
      'a.actor_id',
      'a.actor_role',
      'p.name as actor_name',
      'o.name as org_name',
      'a.action',
      'a.object_type',
      'a.basis',
      'a.outcome',
    ])
    .orderBy('a.seq', 'desc')
    .limit(limit)
    .execute();
  const reported = new Set(
    (
      await db
        .selectFrom('audit_log')
        .select('object_id')
        .where('subject_id', '=', personId)
        .where('object_type', '=', 'access_report')
        .execute()
    ).map((r) => Number(r.object_id)),
  );
  const you = locale === 'en' ? 'You' : 'U zelf';
  const unknown = locale === 'en' ? 'Unknown (not logged in)' : 'Onbekend (niet ingelogd)';
  return rows.map((r) => {
    let actor: string;
    if (r.actor_id === personId) actor = you;
    else if (r.actor_role === 'system') actor = ROLE_WORDS.system![locale];
    else if (!r.actor_id) actor = unknown;
    else {
      const role = r.actor_role ? ROLE_WORDS[r.actor_role]?.[locale] : null;
      actor = [r.actor_name ?? '?', [role, r.org_name].filter(Boolean).join(', ')]
        .filter(Boolean)
        .join(' — ');
    }
    let action = ACTIONS[r.action][locale];
    if (r.outcome === 'denied') action += locale === 'en' ? ' (refused)' : ' (geweigerd)';
    const part = r.object_type === 'record' && r.object_id ? RECORD_PARTS[r.object_id]?.[locale] : undefined;
    const object = OBJECTS[r.object_type]?.[locale] ?? r.object_type;
    return {
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actor,
      action,
      object: part ? `${object}: ${part}` : object,
      basis: BASES[r.basis][locale],
      reason: r.reason ?? null,
      /** someone else's access, which the resident can report as not recognised */
      reportable: !!r.actor_id && r.actor_id !== personId && r.object_type !== 'access_report',
      reported: reported.has(Number(r.seq)),
    };
  });
}

/** Reading one's own access log is itself a read of personal data, so it is logged too. */
export async function readOwnAccessLog(opts: { db: Kysely<DB>; personId: string; locale: Locale }) {
  const items = await accessLogFor(opts);
  await auditOnly(opts.db, {
    action: 'read',
    objectType: 'access_log',
    objectId: opts.personId,
    subjectId: opts.personId,
    basis: 'own_data',
  });
  return items;
}

/**
 * The person does not recognise an access in their log: the report is logged (so the line shows as
 * reported) and the coordinators of their neighbourhood are told which log entry, never its content.
 */
export async function reportAccess({
  db,
  personId,
  seq,
  publicUrl,
}: {
  db: Kysely<DB>;
  personId: string;
  seq: number;
  publicUrl: string;
}): Promise<void> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'actor_id', 'object_type'])
    .where('seq', '=', seq)
    .where('subject_id', '=', personId)
    .executeTakeFirst();
  if (!row || !row.actor_id || row.actor_id === personId || row.object_type === 'access_report') {
    throw notFound();
  }
  await audited(
    db,
    {
      action: 'create',
      objectType: 'access_report',
      objectId: String(seq),
      subjectId: personId,
      basis: 'own_data',
    },
    async (trx) => {
      const coordinators = await trx
        .selectFrom('membership as r')
        .innerJoin('membership as c', 'c.neighbourhood_id', 'r.neighbourhood_id')
        .innerJoin('neighbourhood as n', 'n.id', 'r.neighbourhood_id')
        .select(['c.person_id', 'n.name'])
        .distinct()
        .where('r.person_id', '=', personId)
        .where('r.role', '=', 'resident')
        .where('c.role', '=', 'coordinator')
        .execute();
      await notify(
        trx,
        coordinators.map((c) => ({
          personId: c.person_id,
          kind: 'access.reported' as const,
          params: { neighbourhood: c.name, seq: String(seq) },
          link: '/berichten',
          mail: { publicUrl },
        })),
      );
    },
  );
}
