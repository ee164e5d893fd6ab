// Mijn vragen: the resident's questions, newest first, each with its status in words and a link to it.
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import type { Load } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import { questionPath, type MyQuestion } from './api.ts';
import { streamWord } from './words.ts';

/** A long question shortened to its start, on a word boundary. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function MyQuestions({ load }: { load: Load<MyQuestion[]> }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  return (
    <section className="wp-section" aria-labelledby="frontdesk-mine-heading">
      <Heading2 id="frontdesk-mine-heading">{t('frontdesk.mine.title')}</Heading2>
      <LoadState load={load}>
        {(items) =>
          items.length ? (
            <ul className="wp-card-list">
              {items.map((q) => (
                <li key={q.id} className="wp-panel wp-fd-card">
                  <Heading3>
                    <AppLink to={questionPath(q.id)}>
                      {t('frontdesk.mine.item', { date: formatDateTime(q.createdAt) })}
                    </AppLink>
                  </Heading3>
                  <Paragraph className="wp-fd-excerpt">{excerpt(q.text)}</Paragraph>
                  <Facts
                    rows={[
                      [t('frontdesk.mine.status'), t(`frontdesk.status.${q.status}`)],
                      [t('frontdesk.question.kind'), streamWord(q.stream, i18n)],
                      [
                        t('frontdesk.mine.updated'),
                        q.updatedAt !== q.createdAt ? formatDateTime(q.updatedAt) : null,
                      ],
                    ]}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('frontdesk.mine.none')}</Paragraph>
          )
        }
      </LoadState>
    </section>
  );
}
