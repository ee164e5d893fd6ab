// Foundation: tenancy (region → neighbourhood → organisation → people), accounts, sessions, tokens,
// outbox, scheduled-job bookkeeping and the append-only audit log.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE region (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE neighbourhood (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_id uuid NOT NULL REFERENCES region(id),
      cbs_code text NOT NULL UNIQUE CHECK (cbs_code ~ '^WK[0-9]{6}$'),
      name text NOT NULL,
      municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
      population integer NOT NULL CHECK (population >= 0),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_id uuid NOT NULL REFERENCES region(id),
      name text NOT NULL,
      type text NOT NULL CHECK (type IN ('gp_practice','health_centre','physio','pharmacy','district_nursing',
        'welfare','social_team','municipality','insurer','ggd','cooperative','sports_club','other')),
      agb_code text CHECK (agb_code ~ '^[0-9]{8}$'),
      kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (region_id, name)
    );

    CREATE TABLE organisation_neighbourhood (
      organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL REFERENCES neighbourhood(id),
      PRIMARY KEY (organisation_id, neighbourhood_id)
    );

    CREATE TABLE person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      password_hash text,
      locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX person_email_key ON person (lower(email));

    CREATE TABLE membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('resident','professional','provider_editor','coordinator','funder','administrator')),
      discipline text CHECK (discipline IN ('gp','practice_nurse','district_nurse','physio','dietician','psychologist',
        'social_worker','wmo_consultant','welfare_coach','sport_coach','community_police','other')),
      organisation_id uuid REFERENCES organisation(id),
      neighbourhood_id uuid REFERENCES neighbourhood(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((role = 'professional') = (discipline IS NOT NULL)),
      CHECK (role NOT IN ('professional','provider_editor','funder') OR organisation_id IS NOT NULL),
      CHECK (role <> 'coordinator' OR neighbourhood_id IS NOT NULL)
    );
    CREATE UNIQUE INDEX membership_unique ON membership (person_id, role,
      coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'),
      coalesce(neighbourhood_id, '00000000-0000-0000-0000-000000000000'));
    CREATE INDEX membership_person ON membership (person_id);

    CREATE TABLE session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX session_expires ON session (expires_at);

    CREATE TABLE api_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      name text NOT NULL,
      prefix text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    CREATE TABLE password_reset (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );

    CREATE TABLE outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recipient text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error text
    );
    CREATE INDEX outbox_unsent ON outbox (next_attempt_at) WHERE sent_at IS NULL;

    -- One row per (job, time slot): the server that inserts it runs the job; the others skip it.
    CREATE TABLE job_run (
      job text NOT NULL,
      slot timestamptz NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      outcome text,
      PRIMARY KEY (job, slot)
    );

    CREATE TABLE audit_log (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_role text,
      actor_organisation_id uuid,
      subject_id uuid,
      action text NOT NULL CHECK (action IN ('read','create','update','delete','login','logout','login_failed',
        'export','import','verify','emergency_access','password_reset')),
      object_type text NOT NULL,
      object_id text,
      basis text NOT NULL CHECK (basis IN ('consent','referral','mdo','emergency','own_data','administration','system')),
      basis_id text,
      request_id text,
      client_address text,
      outcome text NOT NULL CHECK (outcome IN ('success','denied','failure')),
      prev_hash text NOT NULL,
      hash text NOT NULL
    );
    CREATE INDEX audit_log_subject ON audit_log (subject_id, at);

    -- Append-only, enforced by the database: no UPDATE, DELETE or TRUNCATE, whatever the code does.
    CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();
  `.execute(db);
}
