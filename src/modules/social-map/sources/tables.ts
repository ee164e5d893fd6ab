// Kysely types of the source and duplicate tables (migrations/0007_social_map_sources.ts is the truth).
import type { ColumnType, Generated } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string, string>;
/** numeric arrives as a string. */
type Score = ColumnType<string, number | string, number | string>;

export type DedupeKind = 'service' | 'organization';
export type PairStatus = 'merged' | 'review' | 'kept_apart' | 'unmerged';
export type DecisionAction = 'auto_merge' | 'merge' | 'keep_apart' | 'unmerge' | 'reopen';

export interface SocialMapSourceTables {
  sm_source: {
    id: Generated<string>;
    name: string;
    region_id: string | null;
    owner: string | null;
    contact: string | null;
    format: string | null;
    refresh_interval_days: number | null;
    created_at: Stamp;
    last_imported_at: MaybeStamp;
  };
  sm_source_record: {
    id: Generated<string>;
    source_id: string;
    kind: DedupeKind;
    external_id: string;
    entity_id: string;
    data: Json;
    verified_at: Stamp;
    status: Generated<'active' | 'withdrawn'>;
    first_seen_at: Stamp;
    last_seen_at: Stamp;
    withdrawn_at: MaybeStamp;
  };
  sm_duplicate_pair: {
    id: Generated<string>;
    kind: DedupeKind;
    a_record_id: string;
    b_record_id: string;
    score: Score;
    features: Json;
    status: PairStatus;
    automatic: Generated<boolean>;
    decided_by: string | null;
    decided_at: MaybeStamp;
    created_at: Stamp;
  };
  sm_merge_decision: {
    id: Generated<string>;
    pair_id: string;
    action: DecisionAction;
    person_id: string | null;
    details: Json;
    at: Stamp;
  };
  sm_field_pin: {
    entity_kind: DedupeKind;
    entity_id: string;
    field: string;
    value: Json;
    decision_id: string | null;
    person_id: string | null;
    pinned_at: Stamp;
  };
  sm_field_provenance: {
    entity_kind: DedupeKind;
    entity_id: string;
    field: string;
    source_record_id: string | null;
    verified_at: MaybeStamp;
    pinned: Generated<boolean>;
  };
  sm_dedupe_settings: {
    region_id: string;
    auto_merge: Score;
    review: Score;
    updated_by: string | null;
    updated_at: Stamp;
  };
}
