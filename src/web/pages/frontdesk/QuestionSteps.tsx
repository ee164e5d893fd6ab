// What happened to a question, oldest first, each step a sentence with its time. The team also reads the
// notes of moving and closing (the resident does not get them from the server); the answer itself stands
// in its own section.
import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import type { QuestionView } from './api.ts';
import { stepText } from './words.ts';

export function QuestionSteps({ q }: { q: QuestionView }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const asTeam = q.seenAs === 'team';
  return (
    <section className="wp-section" aria-labelledby="frontdesk-steps-heading">
      <Heading2 id="frontdesk-steps-heading">{t('frontdesk.question.stepsHeading')}</Heading2>
      <OrderedList className="wp-fd-steps">
        {q.steps.map((s, i) => (
          <OrderedListItem key={`${s.at}-${i}`}>
            <Paragraph>
              <time dateTime={s.at} className="wp-fd-step-time">
                {formatDateTime(s.at)}
              </time>{' '}
              {stepText(s, q, asTeam, i18n)}
            </Paragraph>
            {s.note && s.kind !== 'answered' && (
              <Paragraph className="wp-fd-note">{t('frontdesk.question.note', { note: s.note })}</Paragraph>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}
