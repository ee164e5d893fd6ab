// One map from many (docs/decisions/0013-sources-and-canonical-entries.md): the external maps a region
// imports (sources), what each source said about each record (a snapshot, so a merge can be resolved and
// undone without reading the files again), the duplicate pairs found between records and every decision on
// them, the coordinator's pinned field values, and where each field of a merged entry came from.
// A service or organization that was merged into another keeps its row (unmerge restores it) with
// merged_into set; only rows without merged_into are public.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sm_source (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE CHECK (name <> '' AND length(name) <= 200),
      region_id uuid REFERENCES region(id),
      owner text,
      contact text,
      format text,
      refresh_interval_days integer CHECK (refresh_interval_days > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_imported_at timestamptz
    );

    CREATE TABLE sm_source_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source_id uuid NOT NULL REFERENCES sm_source(id),
      kind text NOT NULL CHECK (kind IN ('service', 'organization')),
      -- the record's id in the source's own file
      external_id text NOT NULL,
      -- the sm_service / sm_organization row it is stored in
      entity_id uuid NOT NULL,
      data jsonb NOT NULL,
      -- when the source last vouched for this record: its assured_date, else the import that carried it
      verified_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
      first_seen_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz,
      UNIQUE (source_id, kind, external_id)
    );
    CREATE INDEX sm_source_record_entity ON sm_source_record (entity_id);

    ALTER TABLE sm_service ADD COLUMN merged_into uuid;
    ALTER TABLE sm_organization ADD COLUMN merged_into uuid;
    CREATE INDEX sm_service_merged_into ON sm_service (merged_into) WHERE merged_into IS NOT NULL;
    CREATE INDEX sm_organization_merged_into ON sm_organization (merged_into) WHERE merged_into IS NOT NULL;

    CREATE TABLE sm_duplicate_pair (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('service', 'organization')),
      a_record_id uuid NOT NULL REFERENCES sm_source_record(id),
      b_record_id uuid NOT NULL REFERENCES sm_source_record(id),
      score numeric(4, 3) NOT NULL CHECK (score BETWEEN 0 AND 1),
      features jsonb NOT NULL DEFAULT '{}',
      -- merged: one entry; review: waits for a coordinator; kept_apart / unmerged: remembered, never
      -- proposed again
      status text NOT NULL CHECK (status IN ('merged', 'review', 'kept_apart', 'unmerged')),
      automatic boolean NOT NULL DEFAULT false,
      decided_by uuid REFERENCES person(id),
      decided_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (a_record_id < b_record_id),
      UNIQUE (a_record_id, b_record_id)
    );
    CREATE INDEX sm_duplicate_pair_status ON sm_duplicate_pair (status, score DESC);
    CREATE INDEX sm_duplicate_pair_b ON sm_duplicate_pair (b_record_id);

    -- Every decision, automatic or by a person, so each can be shown and undone.
    CREATE TABLE sm_merge_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pair_id uuid NOT NULL REFERENCES sm_duplicate_pair(id),
      action text NOT NULL CHECK (action IN ('auto_merge', 'merge', 'keep_apart', 'unmerge', 'reopen')),
      person_id uuid REFERENCES person(id),
      details jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sm_merge_decision_pair ON sm_merge_decision (pair_id, at);

    -- A coordinator's choice of a field value: wins over every source, survives re-imports.
    CREATE TABLE sm_field_pin (
      entity_kind text NOT NULL CHECK (entity_kind IN ('service', 'organization')),
      entity_id uuid NOT NULL,
      field text NOT NULL,
      value jsonb NOT NULL,
      decision_id uuid REFERENCES sm_merge_decision(id),
      person_id uuid REFERENCES person(id),
      pinned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (entity_kind, entity_id, field)
    );

    -- Where each field of a merged entry came from (rewritten whenever the entry is resolved).
    CREATE TABLE sm_field_provenance (
      entity_kind text NOT NULL CHECK (entity_kind IN ('service', 'organization')),
      entity_id uuid NOT NULL,
      field text NOT NULL,
      source_record_id uuid REFERENCES sm_source_record(id),
      verified_at timestamptz,
      pinned boolean NOT NULL DEFAULT false,
      PRIMARY KEY (entity_kind, entity_id, field)
    );

    -- Thresholds of automatic merging and of the review queue, per region.
    CREATE TABLE sm_dedupe_settings (
      region_id uuid PRIMARY KEY REFERENCES region(id),
      auto_merge numeric(4, 3) NOT NULL CHECK (auto_merge > 0 AND auto_merge <= 1),
      review numeric(4, 3) NOT NULL CHECK (review > 0),
      updated_by uuid REFERENCES person(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (review < auto_merge)
    );
  `.execute(db);
}
