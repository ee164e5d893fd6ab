// Kysely types of the social-map tables (migrations/0002_social_map.ts is the truth). Field names are
// HSDS 3.0's. Columns with a database default are Generated (optional on insert).
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<string>;
type Text = string | null;
type Num = ColumnType<string | null, number | string | null | undefined, number | string | null>;
type Day = ColumnType<string | null, string | null | undefined, string | null>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type FinancingRoute = 'free' | 'wmo' | 'zvw' | 'self_paid' | 'membership';
export const FINANCING_ROUTES: readonly FinancingRoute[] = ['free', 'wmo', 'zvw', 'self_paid', 'membership'];
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface SocialMapTables {
  sm_taxonomy: { id: Id; name: string; description: string; uri: Text; version: Text };
  sm_taxonomy_term: {
    id: Id;
    code: Text;
    name: string;
    description: string;
    parent_id: Text;
    taxonomy: Text;
    taxonomy_id: Text;
    language: Text;
    term_uri: Text;
  };
  sm_organization: {
    id: Id;
    name: string;
    alternate_name: Text;
    description: Generated<string>;
    email: Text;
    website: Text;
    tax_status: Text;
    tax_id: Text;
    year_incorporated: number | null;
    legal_status: Text;
    logo: Text;
    uri: Text;
    parent_organization_id: Text;
    organisation_id: Text;
    created_at: Stamp;
    updated_at: Stamp;
    merged_into: Generated<string | null>;
  };
  sm_organization_identifier: {
    id: Id;
    organization_id: string;
    identifier_scheme: Text;
    identifier_type: string;
    identifier: string;
  };
  sm_program: {
    id: Id;
    organization_id: Text;
    name: string;
    alternate_name: Text;
    description: Generated<string>;
  };
  sm_service: {
    id: Id;
    organization_id: Text;
    program_id: Text;
    name: string;
    alternate_name: Text;
    description: Text;
    url: Text;
    email: Text;
    status: ColumnType<ServiceStatus, ServiceStatus | undefined, ServiceStatus>;
    interpretation_services: Text;
    application_process: Text;
    fees_description: Text;
    wait_time: Text;
    fees: Text;
    accreditations: Text;
    eligibility_description: Text;
    minimum_age: Num;
    maximum_age: Num;
    assured_date: Day;
    assurer_email: Text;
    licenses: Text;
    alert: Text;
    last_modified: Stamp;
    summary_b1: Text;
    financing_route: FinancingRoute | null;
    wor_eligible: Generated<boolean>;
    bor_eligible: Generated<boolean>;
    review_interval_months: Generated<number>;
    created_at: Stamp;
    /** Migration 0005: false while a new entry is still a draft; search and the HSDS API show only true. */
    published: Generated<boolean>;
    /** Migration 0007: the entry this one was merged into (hidden while set; unmerge clears it). */
    merged_into: Generated<string | null>;
  };
  sm_location: {
    id: Id;
    location_type: Generated<'physical' | 'postal' | 'virtual'>;
    url: Text;
    organization_id: Text;
    name: Text;
    alternate_name: Text;
    description: Text;
    transportation: Text;
    latitude: number | null;
    longitude: number | null;
    external_identifier: Text;
    external_identifier_type: Text;
  };
  sm_service_at_location: { id: Id; service_id: string; location_id: string; description: Text };
  sm_address: {
    id: Id;
    location_id: Text;
    attention: Text;
    address_1: string;
    address_2: Text;
    city: string;
    region: Text;
    state_province: Generated<string>;
    postal_code: string;
    country: Generated<string>;
    address_type: Generated<'physical' | 'postal' | 'virtual'>;
  };
  sm_contact: {
    id: Id;
    organization_id: Text;
    service_id: Text;
    service_at_location_id: Text;
    location_id: Text;
    name: Text;
    title: Text;
    department: Text;
    email: Text;
  };
  sm_phone: {
    id: Id;
    location_id: Text;
    service_id: Text;
    organization_id: Text;
    contact_id: Text;
    service_at_location_id: Text;
    number: string;
    extension: Num;
    type: Text;
    description: Text;
  };
  sm_schedule: {
    id: Id;
    service_id: Text;
    location_id: Text;
    service_at_location_id: Text;
    valid_from: Day;
    valid_to: Day;
    dtstart: Day;
    timezone: Num;
    until: Day;
    count: number | null;
    wkst: Text;
    freq: 'WEEKLY' | 'MONTHLY' | null;
    interval: number | null;
    byday: Text;
    byweekno: Text;
    bymonthday: Text;
    byyearday: Text;
    description: Text;
    opens_at: Text;
    closes_at: Text;
    schedule_link: Text;
    attending_type: Text;
    notes: Text;
  };
  sm_service_area: {
    id: Id;
    service_id: Text;
    name: Text;
    description: Text;
    extent: Text;
    extent_type: Text;
    uri: Text;
    cbs_code: Text;
  };
  sm_language: {
    id: Id;
    service_id: Text;
    location_id: Text;
    phone_id: Text;
    name: Text;
    code: Text;
    note: Text;
  };
  sm_accessibility: { id: Id; location_id: Text; description: Text; details: Text; url: Text };
  sm_cost_option: {
    id: Id;
    service_id: Text;
    valid_from: Day;
    valid_to: Day;
    option: Text;
    currency: Text;
    amount: Num;
    amount_description: Text;
  };
  sm_funding: { id: Id; organization_id: Text; service_id: Text; source: Text };
  sm_required_document: { id: Id; service_id: Text; document: Text; uri: Text };
  sm_attribute: {
    id: Id;
    link_id: string;
    taxonomy_term_id: Text;
    link_type: Text;
    link_entity: string;
    value: Text;
  };
  sm_metadata: {
    id: Id;
    resource_id: string;
    resource_type: string;
    last_action_date: Stamp;
    last_action_type: string;
    field_name: Generated<string>;
    previous_value: Generated<string>;
    replacement_value: Generated<string>;
    updated_by: Generated<string>;
  };
  sm_session: {
    id: Id;
    service_id: string;
    location_id: Text;
    starts_at: Stamp;
    ends_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    capacity: number | null;
    places_taken: Generated<number>;
    waiting_list: Generated<boolean>;
    note: Text;
  };
}
