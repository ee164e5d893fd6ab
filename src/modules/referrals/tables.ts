// Kysely types of teams, front-desk questions and referrals (migrations/0010_referrals.ts is the truth).
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const STREAMS = ['care', 'health', 'wellbeing'] as const;
export type Stream = (typeof STREAMS)[number];

/** FHIR Task statuses a referral goes through (HL7 Gravity SDOH clinical care). */
export const REFERRAL_STATUSES = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type Party = 'referrer' | 'receiver' | 'resident';
export const CONTACT_KINDS = ['phone', 'visit', 'meeting', 'message', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const QUESTION_STATUSES = ['new', 'picked_up', 'answered', 'closed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export type QuestionEventKind = 'asked' | 'picked_up' | 'rerouted' | 'answered' | 'referred' | 'closed';

/** The message back to the referrer (after the PRSB "message back to GP"). */
export interface Feedback {
  needsAddressed: string[];
  supportGiven: string;
  linkedServiceIds: string[];
  outcome: string;
  wellbeing?: { instrument: 'ONS4' | 'SWEMWBS'; before: number; after: number } | undefined;
}

export interface ReferralTables {
  team: {
    id: Generated<string>;
    organisation_id: string;
    neighbourhood_id: string;
    stream: Stream;
    name: string;
    created_at: CreatedAt;
  };
  team_member: { team_id: string; person_id: string };
  frontdesk_question: {
    id: Generated<string>;
    resident_id: string | null;
    taken_by: string | null;
    channel: 'online' | 'desk' | 'phone';
    text: string;
    intake: Json<Record<string, unknown>>;
    postcode: string | null;
    contact: string | null;
    neighbourhood_id: string | null;
    stream: Stream;
    team_id: string | null;
    status: QuestionStatus;
    assignee_id: string | null;
    answer: string | null;
    created_at: CreatedAt;
    updated_at: Stamp;
  };
  frontdesk_event: {
    id: Generated<number>;
    question_id: string;
    at: Stamp;
    actor_id: string | null;
    kind: QuestionEventKind;
    stream: Stream | null;
    note: string | null;
  };
  referral: {
    id: Generated<string>;
    resident_id: string;
    referrer_id: string;
    route: 'professional' | 'frontdesk' | 'self';
    question_id: string | null;
    to_organisation_id: string;
    to_team_id: string | null;
    to_service_id: string | null;
    to_session_id: string | null;
    waiting_list: Generated<boolean>;
    reason: string;
    needs: TextArray;
    icpc: TextArray;
    urgency: Generated<'routine' | 'urgent'>;
    contact_by: 'phone' | 'email' | 'letter' | null;
    language: string | null;
    consent_id: string | null;
    status: ReferralStatus;
    owner_id: string | null;
    feedback: ColumnType<Feedback | null, string | null | undefined, string | null>;
    overdue_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    created_at: CreatedAt;
    status_at: Stamp;
  };
  referral_contact: {
    id: Generated<string>;
    referral_id: string;
    actor_id: string;
    at: Stamp;
    kind: ContactKind;
    note: string;
    created_at: CreatedAt;
  };
  referral_link: { referral_id: string; service_id: string; actor_id: string; linked_at: CreatedAt };
  referral_event: {
    id: Generated<number>;
    referral_id: string;
    at: Stamp;
    actor_id: string | null;
    party: Party;
    from_status: ReferralStatus | null;
    to_status: ReferralStatus;
    reason: string | null;
    note: string | null;
  };
}
