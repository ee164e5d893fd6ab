// API client of the resident's health check (decision 0022): the built-in questionnaire, the report with
// matched offers (nothing stored), saving to the own record, the trend, and the opt-in anonymous
// contribution. Shapes come from the server's schemas (type-only imports: nothing of the server in the bundle).
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import type { z } from 'zod';
import { request } from '../../api.ts';
import type * as s from '../../../modules/health-check/check/schema.ts';

export type CheckQuestionnaire = z.output<typeof s.questionnaireOut>;
export type ReportResult = z.output<typeof s.reportResponse>;
export type Report = ReportResult['report'];
export type DomainReport = Report['domains'][number];
export type Light = NonNullable<DomainReport['light']>;
export type Match = ReportResult['matches'][number];
export type Need = ReportResult['needs'][number];
export type Bilingual = { nl: string; en: string };
export type ReportBody = Omit<z.input<typeof s.reportBody>, 'response'>;
export type Day = NonNullable<ReportBody['days']>[number];
export type Saved = z.output<typeof s.savedOut>;
export type Trend = z.output<typeof s.trendOut>;
export type Contribution = z.input<typeof s.contributionBody>;
export type AgeBand = Contribution['ageBand'];
export type Domain = DomainReport['domain'];

/** In the order of the report and the API (report.ts, figures.ts, the social map's days). */
export const DOMAINS: readonly Domain[] = ['body', 'mind', 'participation', 'network'];
export const AGE_BANDS: readonly AgeBand[] = ['18-29', '30-44', '45-64', '65-74', '75+'];
export const DAYS: readonly Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export const healthCheckApi = {
  questionnaire: () => request<CheckQuestionnaire>('GET', '/health-check/questionnaire'),
  report: (response: QuestionnaireResponse, prefs: ReportBody) =>
    request<ReportResult>('POST', '/health-check/report', { body: { response, ...prefs } }),
  save: (response: QuestionnaireResponse) =>
    request<Saved>('POST', '/me/health-checks', { body: { response } }),
  trend: () => request<Trend>('GET', '/me/health-checks/trend'),
  contribute: (body: Contribution) => request<null>('POST', '/health-check/contributions', { body }),
};

export const CHECK_PATH = '/gezondheidscheck';
export const QUESTIONS_PATH = '/gezondheidscheck/vragen';
export const REPORT_PATH = '/gezondheidscheck/rapport';
export const TREND_PATH = '/gezondheidscheck/verloop';
