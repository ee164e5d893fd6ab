// The resident's view of the audit log: every entry about them, in plain words.
import type { Kysely } from 'kysely';
import type { AuditAction, AuditBasis, DB } from '../../server/db/schema.ts';
import type { Locale } from '../../server/i18n.ts';
import { auditOnly } from '../../server/audit.ts';

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
    .where('a.subject_id', '=', personId)
    .select([
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
    return {
      at: r.at.toISOString(),
      actor,
      action,
      object: OBJECTS[r.object_type]?.[locale] ?? r.object_type,
      basis: BASES[r.basis][locale],
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
