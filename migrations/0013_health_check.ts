// The Wijkpunt health check (decision 0022): the built-in questionnaire (owner none, active, a stable url and
// version; its frozen text is src/modules/health-check/check/questionnaire-v1.ts), the coordinators' map from
// needs to social-map taxonomy codes with its defaults, and the opt-in anonymous contributions to the
// neighbourhood figures: no ids, no person, no time finer than the month.
import { sql, type Kysely } from 'kysely';
import {
  HEALTH_CHECK_ID,
  HEALTH_CHECK_URL,
  HEALTH_CHECK_V1,
  HEALTH_CHECK_VERSION,
} from '../src/modules/health-check/check/questionnaire-v1.ts';
import { DEFAULT_NEED_TERMS } from '../src/modules/health-check/check/needs.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE health_check_need_term (
      need text NOT NULL CHECK (need ~ '^[a-z][a-z-]{0,63}$'),
      -- a code of sm_taxonomy_term (codes are stable across imports; ids of imported terms are not)
      term_code text NOT NULL CHECK (length(term_code) BETWEEN 1 AND 200),
      PRIMARY KEY (need, term_code)
    );
    CREATE TABLE health_check_contribution (
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      neighbourhood_id uuid NOT NULL REFERENCES neighbourhood(id),
      age_band text NOT NULL CHECK (age_band IN ('18-29','30-44','45-64','65-74','75+')),
      body smallint NOT NULL CHECK (body BETWEEN 0 AND 10),
      mind smallint NOT NULL CHECK (mind BETWEEN 0 AND 10),
      participation smallint NOT NULL CHECK (participation BETWEEN 0 AND 10),
      network smallint NOT NULL CHECK (network BETWEEN 0 AND 10)
    );
    CREATE INDEX health_check_contribution_place ON health_check_contribution (neighbourhood_id, month);
  `.execute(db);
  await sql`
    INSERT INTO questionnaire (id, organisation_id, url, version, status, title, resource)
    VALUES (${HEALTH_CHECK_ID}, NULL, ${HEALTH_CHECK_URL}, ${HEALTH_CHECK_VERSION}, 'active',
      ${HEALTH_CHECK_V1.title ?? null}, ${JSON.stringify(HEALTH_CHECK_V1)}::jsonb)
  `.execute(db);
  const rows = Object.entries(DEFAULT_NEED_TERMS).flatMap(([need, codes]) =>
    codes.map((code) => sql`(${need}, ${code})`),
  );
  await sql`INSERT INTO health_check_need_term (need, term_code) VALUES ${sql.join(rows)}`.execute(db);
}
