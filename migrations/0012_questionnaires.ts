// Questionnaire definitions (docs/decisions/0021-questionnaire-engine.md): FHIR R4 Questionnaires, owned by
// an organisation or built in (no organisation), each canonical url + version once per owner, optionally
// linked to one of our instrument scorers with the mapping from its linkIds and answer codes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE questionnaire (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- NULL: built in, for everyone (administrators only)
      organisation_id uuid REFERENCES organisation(id),
      url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
      version text CHECK (length(version) BETWEEN 1 AND 200),
      status text NOT NULL CHECK (status IN ('draft','active','retired','unknown')),
      title text CHECK (length(title) <= 1000),
      -- the Questionnaire as imported (FHIR JSON); its content never changes, a new text is a new version
      resource jsonb NOT NULL,
      -- the scorer's code (src/modules/health-check/instruments) and the mapping to its items
      instrument text CHECK (length(instrument) BETWEEN 1 AND 64),
      scoring jsonb,
      created_by uuid REFERENCES person(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((instrument IS NULL) = (scoring IS NULL))
    );
    CREATE UNIQUE INDEX questionnaire_url_version_key ON questionnaire
      (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'), url, coalesce(version, ''));
    CREATE INDEX questionnaire_status ON questionnaire (status, organisation_id);
  `.execute(db);
}
