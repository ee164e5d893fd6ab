// Loket (/loket/wachtrij), for members of a front-desk team: the questions of their teams' neighbourhoods,
// urgent ones first and marked, then the newest; open ones, or all with a toggle. Below, the form to take a
// question down at the desk or on the phone.
import { Checkbox, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { frontdeskApi, questionPath, type QueueItem, type Team } from './api.ts';
import { DeskForm } from './DeskForm.tsx';
import { streamWord } from './words.ts';

/** Urgent first, then the newest (the server sends newest first). */
const urgentFirst = (items: QueueItem[]) => [...items].sort((a, b) => Number(b.urgent) - Number(a.urgent));

export function QueuePage() {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  // One key: a reload keeps the page (and what is typed in the desk's form) while the other list loads.
  const queue = useLoad(() => frontdeskApi.queue(all));
  const showAll = (next: boolean) => {
    setAll(next);
    queue.reload();
  };
  const [notice, setNotice] = useState<{ text: string; id: string } | null>(null);
  return (
    <>
      <PageTitle>{t('frontdesk.queue.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('frontdesk.queue.intro')}</Paragraph>
      </div>
      {notice && (
        <>
          <Notice>{notice.text}</Notice>
          <Paragraph>
            <AppLink to={questionPath(notice.id)}>{t('frontdesk.desk.open')}</AppLink>
          </Paragraph>
        </>
      )}
      <FormField type="checkbox" className="wp-checkbox-field">
        <Checkbox id="frontdesk-show-all" checked={all} onChange={(e) => showAll(e.target.checked)} />
        <FormLabel htmlFor="frontdesk-show-all" type="checkbox">
          {t('frontdesk.queue.showAll')}
        </FormLabel>
      </FormField>
      <LoadState load={queue}>
        {(data) => (
          <>
            <QueueTable items={urgentFirst(data.items)} all={all} />
            <Teams teams={data.teams} />
            <DeskForm
              teams={data.teams}
              onSaved={(text, id) => {
                setNotice({ text, id });
                queue.reload();
              }}
            />
          </>
        )}
      </LoadState>
    </>
  );
}

function QueueTable({ items, all }: { items: QueueItem[]; all: boolean }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  if (!items.length) {
    return <Paragraph>{all ? t('frontdesk.queue.noneAll') : t('frontdesk.queue.noneOpen')}</Paragraph>;
  }
  return (
    <DataTable
      caption={all ? t('frontdesk.queue.captionAll') : t('frontdesk.queue.captionOpen')}
      rows={items}
      rowKey={(q) => q.id}
      columns={[
        {
          header: t('frontdesk.queue.question'),
          rowHeader: true,
          cell: (q) => (
            <>
              {q.urgent && <span className="wp-fd-urgent-mark">{t('frontdesk.team.urgent')}</span>}
              <AppLink to={questionPath(q.id)}>
                {t('frontdesk.queue.open', { date: formatDateTime(q.createdAt) })}
              </AppLink>
            </>
          ),
        },
        {
          header: t('frontdesk.queue.who'),
          cell: (q) => q.resident ?? q.contact ?? t('frontdesk.team.noAccount'),
        },
        { header: t('frontdesk.queue.stream'), cell: (q) => streamWord(q.stream, i18n) },
        { header: t('frontdesk.queue.team'), cell: (q) => q.team ?? t('frontdesk.queue.noTeam') },
        { header: t('frontdesk.queue.status'), cell: (q) => t(`frontdesk.teamStatus.${q.status}`) },
        { header: t('frontdesk.queue.channel'), cell: (q) => t(`frontdesk.channel.${q.channel}`) },
        { header: t('frontdesk.queue.assignee'), cell: (q) => q.assignee ?? t('frontdesk.team.nobody') },
      ]}
    />
  );
}

function Teams({ teams }: { teams: Team[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="wp-section" aria-labelledby="frontdesk-teams-heading">
      <Heading2 id="frontdesk-teams-heading">{t('frontdesk.queue.teams')}</Heading2>
      <ul className="wp-fd-links">
        {teams.map((team) => (
          <li key={team.id}>
            {t('frontdesk.queue.teamLine', {
              team: team.name,
              stream: streamWord(team.stream, i18n),
              neighbourhood: team.neighbourhood.name,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
