// A front-desk question in plain words: its stream, status, channel, why it went to its stream, and each
// step as a sentence (for the resident, who does not see which colleague moved it; or for the team).
import { isMessageKey, type I18n } from '../../i18n/context.tsx';
import type { QuestionView, Stream, Topic } from './api.ts';

type T = Pick<I18n, 't'>;
type StepView = QuestionView['steps'][number];

export const streamWord = (s: Stream, { t }: T) => t(`frontdesk.stream.${s}`);

/** "De inwoner koos: …" or "Woorden in de vraag: eenzaam, alleen" (classify.ts gives topic:… or the words). */
export function becauseText(because: string[], { t }: T): string {
  const topic = because.find((b) => b.startsWith('topic:'))?.slice('topic:'.length);
  const key = `frontdesk.topic.${topic}`;
  if (topic && isMessageKey(key)) return t('frontdesk.team.becauseTopic', { topic: t(key) });
  if (!because.length) return t('frontdesk.team.becauseNone');
  return t('frontdesk.team.becauseWords', { words: because.join(', ') });
}

export const topicWord = (topic: Topic, { t }: T) => t(`frontdesk.topic.${topic}`);

/** One step as a sentence for the reader: `asTeam` names who did it; the resident reads the team's part. */
export function stepText(s: StepView, q: Pick<QuestionView, 'channel'>, asTeam: boolean, { t }: T): string {
  const name = s.actor ?? t('frontdesk.someone');
  const stream = s.stream ? streamWord(s.stream, { t }) : '';
  const atDesk = s.kind === 'asked' && q.channel !== 'online';
  if (asTeam)
    return atDesk
      ? t('frontdesk.stepTeam.askedAtDesk', { name })
      : t(`frontdesk.stepTeam.${s.kind}`, { name, stream });
  if (atDesk) return t('frontdesk.stepResident.askedAtDesk');
  return t(`frontdesk.stepResident.${s.kind}`, { name, stream });
}
