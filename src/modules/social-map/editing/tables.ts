// Kysely types of the editing tables (migrations/0005_social_map_editing.ts is the truth).
import type { ColumnType, Generated } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type RevisionState = 'draft' | 'review' | 'sent_back' | 'published';
export type ReminderThreshold = 'month_before' | 'expired';
export type NotificationKind = 'review_due_soon' | 'review_expired' | 'problem_report';
export type ProblemKind = 'wrong_phone' | 'wrong_address' | 'stopped' | 'moved' | 'other';

export interface SocialMapEditingTables {
  sm_revision: {
    id: Generated<string>;
    service_id: string;
    state: RevisionState;
    /** The editable service document; read it through the zod schema. Written as JSON text. */
    document: ColumnType<unknown, string, string>;
    version: number | null;
    baseline: Generated<boolean>;
    author_id: string | null;
    remark: string | null;
    decided_by: string | null;
    created_at: Stamp;
    updated_at: Stamp;
    submitted_at: MaybeStamp;
    decided_at: MaybeStamp;
    published_at: MaybeStamp;
  };
  sm_reminder_sent: {
    service_id: string;
    threshold: ReminderThreshold;
    due_date: string;
    sent_at: Stamp;
  };
  sm_notification: {
    id: Generated<string>;
    person_id: string;
    service_id: string | null;
    kind: NotificationKind;
    message: string;
    created_at: Stamp;
    read_at: MaybeStamp;
  };
  sm_problem_report: {
    id: Generated<string>;
    service_id: string;
    kind: ProblemKind;
    description: string;
    reporter_email: string | null;
    status: Generated<'open' | 'closed'>;
    created_at: Stamp;
    closed_at: MaybeStamp;
    closed_by: string | null;
    close_note: string | null;
  };
}
