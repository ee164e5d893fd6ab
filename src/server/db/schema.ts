// Kysely table types. Keep in step with migrations/ (the migrations are the truth).
import type { ColumnType, Generated } from 'kysely';
import type { SocialMapTables } from '../../modules/social-map/tables.ts';
import type { SocialMapEditingTables } from '../../modules/social-map/editing/tables.ts';
import type { SocialMapSourceTables } from '../../modules/social-map/sources/tables.ts';
import type { SocialMapReferenceTables } from '../../modules/social-map/reference/tables.ts';
import type { RecordTables } from '../../modules/record/tables.ts';
import type { ConsentTables } from '../../modules/consent/tables.ts';
import type { NotificationTables } from '../../modules/notifications/tables.ts';
import type { ReferralTables } from '../../modules/referrals/tables.ts';
import type { WmoTables } from '../../modules/wmo/tables.ts';
import type { QuestionnaireTables } from '../../modules/health-check/questionnaires/tables.ts';
import type { HealthCheckTables } from '../../modules/health-check/check/tables.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export const ROLES = [
  'resident',
  'professional',
  'provider_editor',
  'coordinator',
  'funder',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = [
  'gp',
  'practice_nurse',
  'district_nurse',
  'physio',
  'dietician',
  'psychologist',
  'social_worker',
  'wmo_consultant',
  'welfare_coach',
  'sport_coach',
  'community_police',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const ORGANISATION_TYPES = [
  'gp_practice',
  'health_centre',
  'physio',
  'pharmacy',
  'district_nursing',
  'welfare',
  'social_team',
  'municipality',
  'insurer',
  'ggd',
  'cooperative',
  'sports_club',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'login_failed',
  'export',
  'import',
  'verify',
  'emergency_access',
  'password_reset',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_BASES = [
  'consent',
  'referral',
  'mdo',
  'emergency',
  'own_data',
  'administration',
  'system',
] as const;
export type AuditBasis = (typeof AUDIT_BASES)[number];

export interface RegionTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
}

export interface NeighbourhoodTable {
  id: Generated<string>;
  region_id: string;
  cbs_code: string;
  name: string;
  municipality_code: string;
  population: number;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  type: OrganisationType;
  agb_code: string | null;
  kvk_number: string | null;
  created_at: CreatedAt;
}

export interface OrganisationNeighbourhoodTable {
  organisation_id: string;
  neighbourhood_id: string;
}

export interface PersonTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  created_at: CreatedAt;
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** also an e-mail (a link only) when a message waits in the app */
  mail_notifications: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface MembershipTable {
  id: Generated<string>;
  person_id: string;
  role: Role;
  discipline: Discipline | null;
  organisation_id: string | null;
  neighbourhood_id: string | null;
  created_at: CreatedAt;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  person_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface ApiTokenTable {
  id: Generated<string>;
  person_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface PasswordResetTable {
  id: Generated<string>;
  person_id: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
}

export interface JobRunTable {
  job: string;
  slot: Timestamp;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
  outcome: string | null;
}

export interface AuditLogTable {
  seq: ColumnType<number, never, never>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  subject_id: string | null;
  action: AuditAction;
  object_type: string;
  object_id: string | null;
  basis: AuditBasis;
  basis_id: string | null;
  request_id: string | null;
  client_address: string | null;
  outcome: 'success' | 'denied' | 'failure';
  prev_hash: string;
  hash: string;
}

export interface DB
  extends
    SocialMapTables,
    SocialMapReferenceTables,
    SocialMapEditingTables,
    SocialMapSourceTables,
    RecordTables,
    ConsentTables,
    NotificationTables,
    ReferralTables,
    WmoTables,
    QuestionnaireTables,
    HealthCheckTables {
  region: RegionTable;
  neighbourhood: NeighbourhoodTable;
  organisation: OrganisationTable;
  organisation_neighbourhood: OrganisationNeighbourhoodTable;
  person: PersonTable;
  membership: MembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  password_reset: PasswordResetTable;
  outbox: OutboxTable;
  job_run: JobRunTable;
  audit_log: AuditLogTable;
}
