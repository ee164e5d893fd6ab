// Kysely types of the notification table (migrations/0009_consent.ts is the truth).
import type { ColumnType, Generated } from 'kysely';

export interface NotificationTables {
  notification: {
    id: Generated<string>;
    person_id: string;
    kind: string;
    /** jsonb: read parsed, written as JSON text */
    params: ColumnType<Record<string, string>, string | undefined, string>;
    link: string | null;
    created_at: ColumnType<Date, Date | string | undefined, never>;
    read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  };
}
