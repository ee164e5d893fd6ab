// API client of questionnaire definitions (docs/decisions/0021): the public list of active questionnaires,
// one definition, and checking a (partial) response without storing it; for those who manage them the full
// list, import, status and the FHIR download. Shapes come from the server's own
// schemas (type-only imports: nothing of the server ends up in the bundle).
import { request, type Items } from '../../api.ts';
import type {
  ImportInput,
  QuestionnaireDetail,
  QuestionnaireSummary,
  ValidateOut,
} from '../../../modules/health-check/questionnaires/schema.ts';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';

export type { QuestionnaireDetail, QuestionnaireSummary, ValidateOut };
export type Score = NonNullable<ValidateOut['score']>;
/** The import body; the scorer link's instrument and items are sent as chosen, the server checks them. */
export type ImportBody = ImportInput;

const enc = encodeURIComponent;

export const questionnairesApi = {
  /** Active questionnaires (everyone), plus the drafts of those who manage them. */
  list: () => request<Items<QuestionnaireSummary>>('GET', '/questionnaires', { query: { status: 'active' } }),
  get: (id: string) => request<QuestionnaireDetail>('GET', `/questionnaires/${enc(id)}`),
  validate: (id: string, response: QuestionnaireResponse) =>
    request<ValidateOut>('POST', `/questionnaires/${enc(id)}/validate`, { body: { response } }),
  /** Every questionnaire the caller sees; the management page keeps those with `canManage`. */
  listAll: () => request<Items<QuestionnaireSummary>>('GET', '/questionnaires'),
  import: (body: ImportBody) => request<QuestionnaireDetail>('POST', '/questionnaires', { body }),
  setStatus: (id: string, status: 'active' | 'retired') =>
    request<QuestionnaireDetail>('PATCH', `/questionnaires/${enc(id)}`, { body: { status } }),
};

/** The FHIR JSON of one definition: a plain link (GET, the session cookie does), downloaded as a file. */
export const questionnaireFhirUrl = (id: string) => `/api/v1/questionnaires/${enc(id)}/fhir`;

export const LIST_PATH = '/vragenlijsten';
export const questionnairePath = (id: string) => `${LIST_PATH}/${enc(id)}`;
export const MANAGE_PATH = `${LIST_PATH}/beheer`;
