// The GP's questions for Wmo advice (/wmo-advies): only those the resident consented to (the server decides),
// the ones that wait for an answer first.
import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { advicePath, wmoApi, type AdviceView } from './api.ts';

/** Open questions first (oldest first), then the answered ones (newest first). */
const byOpen = (a: AdviceView, b: AdviceView) =>
  Number(a.advice !== null) - Number(b.advice !== null) ||
  (a.advice
    ? (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '')
    : a.createdAt.localeCompare(b.createdAt));

export function AdviceInboxPage() {
  const { t, formatDateTime } = useI18n();
  const inbox = useLoad(() => wmoApi.adviceInbox().then((r) => [...r.items].sort(byOpen)));
  return (
    <>
      <PageTitle>{t('wmo.inbox.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.inbox.intro')}</Paragraph>
      </div>
      <LoadState load={inbox}>
        {(items) =>
          items.length ? (
            <DataTable<AdviceView>
              caption={t('wmo.inbox.caption')}
              rows={items}
              rowKey={(a) => a.id}
              columns={[
                {
                  header: t('wmo.inbox.colResident'),
                  rowHeader: true,
                  cell: (a) => <AppLink to={advicePath(a.id)}>{a.resident.name}</AppLink>,
                },
                {
                  header: t('wmo.inbox.colFrom'),
                  cell: (a) => t('wmo.case.consultantAt', a.consultant),
                },
                { header: t('wmo.advice.question'), cell: (a) => a.question },
                { header: t('wmo.advice.askedOn'), cell: (a) => formatDateTime(a.createdAt) },
                {
                  header: t('wmo.inbox.colStatus'),
                  cell: (a) =>
                    a.answeredAt ? (
                      t('wmo.inbox.answered', { date: formatDateTime(a.answeredAt) })
                    ) : (
                      <strong>{t('wmo.inbox.open')}</strong>
                    ),
                },
              ]}
            />
          ) : (
            <Paragraph>{t('wmo.inbox.none')}</Paragraph>
          )
        }
      </LoadState>
    </>
  );
}
