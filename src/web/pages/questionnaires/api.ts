// API client of questionnaire definitions (docs/decisions/0021): the public list of active questionnaires,
// one definition, and checking a (partial) response without storing it. Shapes come from the server's own
// schemas (type-only imports: nothing of the server ends up in the bundle).
import { request, type Items } from '../../api.ts';
import type {
  QuestionnaireDetail,
  QuestionnaireSummary,
  ValidateOut,
} from '../../../modules/health-check/questionnaires/schema.ts';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';

export type { QuestionnaireDetail, QuestionnaireSummary, ValidateOut };
export type Score = NonNullable<ValidateOut['score']>;

const enc = encodeURIComponent;

export const questionnairesApi = {
  /** Active questionnaires (everyone), plus the drafts of those who manage them. */
  list: () => request<Items<QuestionnaireSummary>>('GET', '/questionnaires', { query: { status: 'active' } }),
  get: (id: string) => request<QuestionnaireDetail>('GET', `/questionnaires/${enc(id)}`),
  validate: (id: string, response: QuestionnaireResponse) =>
    request<ValidateOut>('POST', `/questionnaires/${enc(id)}/validate`, { body: { response } }),
};

export const LIST_PATH = '/vragenlijsten';
export const questionnairePath = (id: string) => `${LIST_PATH}/${enc(id)}`;
