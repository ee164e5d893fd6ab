// API client of Wmo reports and the GP's advice (issue 7, part 6): the consultant's cases with their
// statutory clocks, one case, its dates, asking the GP; the GP's questions and the advice; the look-ups the
// forms need (a resident by e-mail address, the region's GPs). Shapes come from the server (type-only
// imports: nothing of it ends up in the bundle).
import type { z } from 'zod';
import { request, type Items } from '../../api.ts';
import type * as s from '../../../modules/wmo/schema.ts';
import type { Clock, ClockState } from '../../../modules/wmo/clocks.ts';
import type { AdviceView, getCase, listCases } from '../../../modules/wmo/service.ts';
import type { RecordCategory } from '../../../modules/record/categories.ts';

export type { AdviceView, Clock, ClockState };
export type WmoCase = Awaited<ReturnType<typeof getCase>>;
export type CaseListItem = Awaited<ReturnType<typeof listCases>>[number];
export type AdviceDetail = AdviceView & { mayAnswer: boolean };
export type Advice = NonNullable<AdviceView['advice']>;
export type Prognosis = Advice['prognosis'];
export type ConsentState = AdviceView['consent'];
export type Gp = z.output<typeof s.gpsOut>['items'][number];
export type CaseUpdate = z.input<typeof s.caseUpdate>;

/** Choices and dates are sent as given (possibly empty), so the server names a missing one at its field. */
export interface NewCase {
  residentId: string;
  subject: string;
  reportedOn: string;
}
export interface AdviceRequest {
  gpId: string;
  question: string;
  categories: RecordCategory[];
}
export interface AnswerBody {
  limitations: string;
  prognosis: string;
  answer: string;
  recommendation?: string;
}

/** The prognoses in the order the form offers them (the server's adviceBody). */
export const PROGNOSES: readonly Prognosis[] = ['stable', 'improving', 'worsening', 'unknown'];

export const WMO_PATH = '/wmo';
export const ADVICE_PATH = '/wmo-advies';
const enc = encodeURIComponent;
export const casePath = (id: string) => `${WMO_PATH}/${enc(id)}`;
export const advicePath = (id: string) => `${ADVICE_PATH}/${enc(id)}`;

export const wmoApi = {
  cases: () => request<Items<CaseListItem>>('GET', '/wmo/cases'),
  case: (id: string) => request<WmoCase>('GET', `/wmo/cases/${enc(id)}`),
  openCase: (body: NewCase) => request<{ id: string }>('POST', '/wmo/cases', { body }),
  updateCase: (id: string, body: CaseUpdate) => request<WmoCase>('PATCH', `/wmo/cases/${enc(id)}`, { body }),
  askGp: (caseId: string, body: AdviceRequest) =>
    request<{ id: string }>('POST', `/wmo/cases/${enc(caseId)}/advice-requests`, { body }),
  findResident: (email: string) =>
    request<{ id: string; name: string }>('POST', '/wmo/resident-lookup', { body: { email } }),
  gps: () => request<Items<Gp>>('GET', '/wmo/gps'),

  adviceInbox: () => request<Items<AdviceView>>('GET', '/wmo/advice'),
  advice: (id: string) => request<AdviceDetail>('GET', `/wmo/advice/${enc(id)}`),
  answer: (id: string, body: AnswerBody) =>
    request<AdviceDetail>('POST', `/wmo/advice/${enc(id)}/answer`, { body }),
};
