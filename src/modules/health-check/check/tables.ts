// Kysely types of the health check's tables (migrations/0013_health_check.ts is the truth).
export interface HealthCheckTables {
  health_check_need_term: {
    need: string;
    term_code: string;
  };
  health_check_contribution: {
    month: string;
    neighbourhood_id: string;
    age_band: string;
    body: number;
    mind: number;
    participation: number;
    network: number;
  };
}
