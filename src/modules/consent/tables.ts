// Kysely types of the consent tables (migrations/0009_consent.ts is the truth).
import type { ColumnType, Generated } from 'kysely';
import type { Discipline } from '../../server/db/schema.ts';
import type { RecordCategory } from '../record/categories.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string, Date | string>;
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const PURPOSES = ['treatment', 'referral', 'mdo', 'wmo_advice', 'research'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const CONSENT_STATUSES = ['requested', 'active', 'declined', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface ConsentTables {
  consent: {
    id: Generated<string>;
    resident_id: string;
    grantee_person_id: string | null;
    grantee_organisation_id: string | null;
    grantee_discipline: Discipline | null;
    purpose: Purpose;
    purpose_ref: string | null;
    categories: ColumnType<RecordCategory[], RecordCategory[], RecordCategory[]>;
    valid_from: Stamp;
    valid_until: Stamp;
    status: ConsentStatus;
    requested_by: string | null;
    request_note: string | null;
    created_at: CreatedAt;
    decided_at: MaybeStamp;
    withdrawn_at: MaybeStamp;
  };
  emergency_access: {
    id: Generated<string>;
    resident_id: string;
    professional_id: string;
    organisation_id: string;
    reason: string;
    started_at: CreatedAt;
    expires_at: Stamp;
  };
  record_correction: {
    id: Generated<string>;
    resident_id: string;
    resource_id: string;
    message: string;
    created_at: CreatedAt;
  };
}
