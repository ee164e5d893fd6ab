// The resident's own health record (docs/decisions/0014-personal-health-record.md): FHIR R4 resources stored
// as JSON, one row per resource per resident. A resource keeps the identity it had in its source system, so
// importing the same bundle again updates rows instead of adding them. The category is the unit a consent
// will cover (a later migration adds the consent ledger).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE record_resource (
      -- the resource's id within Wijkpunt (also its FHIR id); derived from the identity below, so a
      -- re-import finds the same row and references rewritten to it stay valid
      id uuid PRIMARY KEY,
      resident_id uuid NOT NULL REFERENCES person(id),
      resource_type text NOT NULL CHECK (resource_type ~ '^[A-Z][A-Za-z]+$'),
      category text NOT NULL CHECK (category IN ('patient', 'medication', 'problems', 'measurements',
        'health-checks', 'notes', 'documents', 'contacts')),
      -- where the resource came from and its id there (or its identifier, fullUrl or content hash)
      source_system text NOT NULL CHECK (source_system <> ''),
      source_id text NOT NULL CHECK (source_id <> ''),
      resource jsonb NOT NULL,
      -- the clinically relevant moment (effective, onset, authored, period start …), for ordering
      recorded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (resident_id, resource_type, source_system, source_id)
    );
    CREATE INDEX record_resource_category ON record_resource (resident_id, category, recorded_at DESC);
  `.execute(db);
}
