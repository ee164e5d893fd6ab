// Wmo reports and the GP's advice (docs/decisions/0020-wmo-advice.md): a Wmo consultant's case for a
// resident's report (melding), with the dates the statutory clocks run from, and the consultant's requests
// for advice to the resident's GP, which wait for the resident's consent and hold the GP's answer.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE wmo_case (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL REFERENCES person(id),
      consultant_id uuid NOT NULL REFERENCES person(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
      -- Wmo 2015 art. 2.3.2: the investigation within six weeks after the report
      reported_on date NOT NULL,
      investigated_on date,
      -- art. 2.3.5: the decision within two weeks after the application
      applied_on date,
      decided_on date,
      decision text CHECK (length(decision) <= 4000),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (investigated_on IS NULL OR investigated_on >= reported_on),
      CHECK (applied_on IS NULL OR applied_on >= reported_on),
      CHECK (decided_on IS NULL OR (applied_on IS NOT NULL AND decided_on >= applied_on)),
      CHECK ((decided_on IS NULL) = (decision IS NULL))
    );
    CREATE INDEX wmo_case_consultant ON wmo_case (consultant_id, created_at);
    CREATE INDEX wmo_case_resident ON wmo_case (resident_id);

    CREATE TABLE wmo_advice (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES wmo_case(id) ON DELETE CASCADE,
      gp_id uuid NOT NULL REFERENCES person(id),
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
      -- the resident's consent (purpose wmo_advice, purpose_ref = this id) for the parts the advice may use
      consent_id uuid NOT NULL REFERENCES consent(id),
      advice jsonb,
      answered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((advice IS NULL) = (answered_at IS NULL))
    );
    CREATE INDEX wmo_advice_case ON wmo_advice (case_id);
    CREATE INDEX wmo_advice_gp ON wmo_advice (gp_id, created_at);
  `.execute(db);
}
