// Kysely types of Wmo cases and advice (migrations/0011_wmo.ts is the truth).
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** a date column, read and written as YYYY-MM-DD (see the type parser in server/db/database.ts) */
type Day = ColumnType<string, string, string>;
type MaybeDay = ColumnType<string | null, string | null | undefined, string | null>;

/** The GP's structured advice to the Wmo consultant. */
export interface Advice {
  /** what the resident can and cannot do, in daily life */
  limitations: string;
  /** how this is expected to go: stable, better, worse, unknown */
  prognosis: 'stable' | 'improving' | 'worsening' | 'unknown';
  /** the GP's answer to the question asked */
  answer: string;
  /** what the GP recommends, if anything */
  recommendation?: string | undefined;
}

export interface WmoTables {
  wmo_case: {
    id: Generated<string>;
    resident_id: string;
    consultant_id: string;
    organisation_id: string;
    subject: string;
    reported_on: Day;
    investigated_on: MaybeDay;
    applied_on: MaybeDay;
    decided_on: MaybeDay;
    decision: string | null;
    created_at: CreatedAt;
  };
  wmo_advice: {
    id: Generated<string>;
    case_id: string;
    gp_id: string;
    question: string;
    consent_id: string;
    advice: ColumnType<Advice | null, string | null | undefined, string | null>;
    answered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    created_at: CreatedAt;
  };
  /** the clock warnings already sent (migrations/0014): one per case, clock and state */
  wmo_clock_warning: {
    case_id: string;
    clock: 'investigation' | 'decision';
    state: 'due_soon' | 'overdue';
    sent_at: CreatedAt;
  };
}
