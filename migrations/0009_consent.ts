// Consent and access to someone else's record (docs/decisions/0015-consent-and-record-access.md): the
// resident's consent ledger (who may see which parts of the record, for which purpose, until when),
// emergency access by a treating professional, in-app notifications (never with health content), the
// resident's requests to correct an entry, and the mark of a deleted account.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL REFERENCES person(id),
      -- the grantee: one person, or an organisation, optionally only one discipline within it
      grantee_person_id uuid REFERENCES person(id),
      grantee_organisation_id uuid REFERENCES organisation(id),
      grantee_discipline text CHECK (grantee_discipline IN ('gp','practice_nurse','district_nurse','physio',
        'dietician','psychologist','social_worker','wmo_consultant','welfare_coach','sport_coach',
        'community_police','other')),
      purpose text NOT NULL CHECK (purpose IN ('treatment','referral','mdo','wmo_advice','research')),
      -- a named referral or case conference, when the consent is for that one only
      purpose_ref text CHECK (purpose_ref <> '' AND length(purpose_ref) <= 200),
      categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY['medication',
        'problems','measurements','health-checks','notes','documents','contacts']::text[]),
      valid_from timestamptz NOT NULL,
      -- the end of the last day the consent covers (the day after valid_until, 00:00 in Amsterdam)
      valid_until timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('requested','active','declined','withdrawn')),
      requested_by uuid REFERENCES person(id),
      request_note text CHECK (length(request_note) <= 1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      withdrawn_at timestamptz,
      CHECK ((grantee_person_id IS NULL) <> (grantee_organisation_id IS NULL)),
      CHECK (grantee_discipline IS NULL OR grantee_organisation_id IS NOT NULL),
      CHECK (valid_until > valid_from),
      CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
    );
    CREATE INDEX consent_resident ON consent (resident_id, status);
    CREATE INDEX consent_grantee_person ON consent (grantee_person_id) WHERE status = 'active';
    CREATE INDEX consent_grantee_organisation ON consent (grantee_organisation_id) WHERE status = 'active';

    CREATE TABLE emergency_access (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL REFERENCES person(id),
      professional_id uuid NOT NULL REFERENCES person(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
      started_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      CHECK (expires_at > started_at)
    );
    CREATE INDEX emergency_access_open ON emergency_access (resident_id, professional_id, expires_at);

    -- What a person finds under "Berichten". The text is made when it is read, from the kind and a few ids
    -- and names, so no health content is ever stored in or sent by a notification.
    CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind ~ '^[a-z_.]+$'),
      params jsonb NOT NULL DEFAULT '{}',
      link text CHECK (link ~ '^/'),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    );
    CREATE INDEX notification_person ON notification (person_id, created_at DESC);

    CREATE TABLE record_correction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL REFERENCES person(id),
      resource_id uuid NOT NULL REFERENCES record_resource(id) ON DELETE CASCADE,
      message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX record_correction_resident ON record_correction (resident_id);

    -- A deleted account keeps an anonymous row (the audit log refers to its id); everything else goes.
    ALTER TABLE person ADD COLUMN deleted_at timestamptz;
  `.execute(db);
}
