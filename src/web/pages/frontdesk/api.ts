// API client of the front desk (issue 7): a resident asks and follows her questions; a team member works the
// queue, takes a question down at the desk or on the phone, and picks up, moves, answers or closes one.
// Shapes come from the server (type-only imports: nothing of it ends up in the bundle).
import type { z } from 'zod';
import { ApiError, request, type Items } from '../../api.ts';
import type * as s from '../../../modules/frontdesk/schema.ts';
import type { Topic } from '../../../modules/frontdesk/classify.ts';
import type {
  QueueItem,
  QuestionView,
  StepKind,
  myQuestions,
  teamsOf,
} from '../../../modules/frontdesk/service.ts';
import type { QuestionStatus, Stream } from '../../../modules/referrals/tables.ts';

export type { QueueItem, QuestionStatus, QuestionView, StepKind, Stream, Topic };
export type MyQuestion = Awaited<ReturnType<typeof myQuestions>>[number];
export type Team = Awaited<ReturnType<typeof teamsOf>>[number];
export type Channel = QuestionView['channel'];
export type Step = z.input<typeof s.stepBody>;
export type ForWhom = NonNullable<NonNullable<z.input<typeof s.askBody>['intake']>['forWhom']>;
export type Since = NonNullable<NonNullable<z.input<typeof s.askBody>['intake']>['since']>;

/** What the forms send: the server checks every field and names the one that is wrong. */
export type AskBody = z.input<typeof s.askBody>;
export interface Asked {
  id: string;
  stream: Stream;
  /** the id of the team that answers, or null when the neighbourhood has no team for the stream */
  team: string | null;
  /** the question holds words of acute danger */
  urgent: boolean;
}

/** In the order the forms offer them (the server's STREAMS, TOPICS and intake answers). */
export const STREAMS: readonly Stream[] = ['care', 'health', 'wellbeing'];
export const TOPICS: readonly Topic[] = ['complaint', 'lifestyle', 'daily_life', 'not_sure'];
export const FOR_WHOM: readonly ForWhom[] = ['me', 'someone_else'];
export const SINCE: readonly Since[] = ['days', 'weeks', 'months', 'longer'];
/** Statuses in which the team still has work to do (the queue's default). */
export const OPEN: readonly QuestionStatus[] = ['new', 'picked_up'];

const enc = encodeURIComponent;

/** The intake's answers are fields of the form: body.intake.tried is named at the field "tried". */
function intakePaths(error: unknown): never {
  if (!(error instanceof ApiError)) throw error;
  const { status, code, title, detail } = error;
  const errors = error.errors.map(({ path, message }) => ({
    path: path.replace(/^\/?body[./]intake[./]/, 'body.'),
    message,
  }));
  throw new ApiError({ status, code, title, detail, errors });
}

export const frontdeskApi = {
  ask: (body: AskBody) => request<Asked>('POST', '/frontdesk/questions', { body }).catch(intakePaths),
  mine: () => request<Items<MyQuestion>>('GET', '/frontdesk/questions'),
  get: (id: string) => request<QuestionView>('GET', `/frontdesk/questions/${enc(id)}`),
  step: (id: string, body: Step) =>
    request<QuestionView>('POST', `/frontdesk/questions/${enc(id)}/steps`, { body }),
  queue: (all: boolean) =>
    request<{ items: QueueItem[]; teams: Team[] }>('GET', '/frontdesk/queue', {
      query: { all: all ? 'true' : 'false' },
    }),
};

export const ASK_PATH = '/loket';
export const QUEUE_PATH = '/loket/wachtrij';
export const questionPath = (id: string) => `/loket/vragen/${enc(id)}`;
/** The referral form (referrals/), filled in for this resident and this question. */
export const referPath = (residentId: string, questionId: string) =>
  `/verwijzingen/nieuw?inwoner=${enc(residentId)}&vraag=${enc(questionId)}`;
