// Kysely types of the record tables (migrations/0008_record.ts is the truth).
import type { ColumnType } from 'kysely';
import type { StoredCategory } from './categories.ts';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as a parsed value, written as JSON text. */
type Json = ColumnType<unknown, string, string>;

export interface RecordTables {
  record_resource: {
    id: string;
    resident_id: string;
    resource_type: string;
    category: StoredCategory;
    source_system: string;
    source_id: string;
    resource: Json;
    recorded_at: MaybeStamp;
    created_at: Stamp;
    updated_at: Stamp;
  };
}
