// /kaart/werklijst — the coordinator's worklist: changes to review, entries past their check date
// (verify in one click, or open), and open problem reports (close with a note). Each section counts.
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type RevisionSummary, type Stale, type Worklist } from './api.ts';
import { paths, type ArrivalState } from './paths.ts';
import { ReportList } from './ReportList.tsx';
import { formatDay } from './status.ts';

export function WorklistPage() {
  const { t } = useI18n();
  const location = useLocation();
  const arrived = (location.state ?? {}) as ArrivalState;
  const [notice, setNotice] = useState<string | null>(arrived.notice ?? null);
  const worklist = useLoad(() => mapEditingApi.worklist());
  const changed = (message: string) => {
    setNotice(message);
    worklist.reload();
  };
  return (
    <>
      <PageTitle>{t('mapEdit.worklist.title')}</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      <Paragraph>{t('mapEdit.worklist.intro')}</Paragraph>
      <LoadState load={worklist}>
        {(w: Worklist) => (
          <>
            <section className="wp-section" aria-labelledby="worklist-reviews">
              <Heading2 id="worklist-reviews">
                {t('mapEdit.worklist.reviews', { count: w.reviews.length })}
              </Heading2>
              <Reviews reviews={w.reviews} />
            </section>
            <section className="wp-section" aria-labelledby="worklist-stale">
              <Heading2 id="worklist-stale">
                {t('mapEdit.worklist.stale', { count: w.stale.length })}
              </Heading2>
              <StaleEntries stale={w.stale} onVerified={changed} />
            </section>
            <section className="wp-section" aria-labelledby="worklist-reports">
              <Heading2 id="worklist-reports">
                {t('mapEdit.worklist.reports', { count: w.reports.length })}
              </Heading2>
              <ReportList
                reports={w.reports}
                showEntry
                onClosed={(r) => changed(t('mapEdit.worklist.reportClosed', { name: r.serviceName }))}
              />
            </section>
          </>
        )}
      </LoadState>
    </>
  );
}

function Reviews({ reviews }: { reviews: RevisionSummary[] }) {
  const { t, formatDateTime } = useI18n();
  if (reviews.length === 0) return <Paragraph>{t('mapEdit.worklist.noReviews')}</Paragraph>;
  return (
    <DataTable<RevisionSummary>
      caption={t('mapEdit.worklist.reviewsCaption')}
      captionHidden
      rows={reviews}
      rowKey={(r) => r.id}
      columns={[
        {
          header: t('mapEdit.entries.colName'),
          cell: (r) => <AppLink to={paths.review(r.id)}>{r.serviceName}</AppLink>,
          rowHeader: true,
        },
        { header: t('mapEdit.worklist.author'), cell: (r) => r.author?.name ?? t('common.notKnown') },
        {
          header: t('mapEdit.worklist.submitted'),
          cell: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : ''),
        },
      ]}
    />
  );
}

function StaleEntries({ stale, onVerified }: { stale: Stale[]; onVerified: (message: string) => void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  if (stale.length === 0) return <Paragraph>{t('mapEdit.worklist.noStale')}</Paragraph>;
  const verify = async (s: Stale) => {
    setBusy(s.serviceId);
    setFailed(null);
    try {
      await mapEditingApi.verify(s.serviceId);
      onVerified(t('mapEdit.worklist.verified', { name: s.name }));
    } catch {
      setFailed(t('mapEdit.worklist.verifyFailed', { name: s.name }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {failed && <Notice type="error">{failed}</Notice>}
      <DataTable<Stale>
        caption={t('mapEdit.worklist.staleCaption')}
        captionHidden
        rows={stale}
        rowKey={(s) => s.serviceId}
        columns={[
          {
            header: t('mapEdit.entries.colName'),
            cell: (s) => <AppLink to={paths.entry(s.serviceId)}>{s.name}</AppLink>,
            rowHeader: true,
          },
          {
            header: t('mapEdit.entry.checked'),
            cell: (s) =>
              s.assuredDate ? formatDay(s.assuredDate, locale) : t('mapEdit.entries.neverChecked'),
          },
          { header: t('mapEdit.entry.due'), cell: (s) => (s.dueDate ? formatDay(s.dueDate, locale) : '') },
          {
            header: t('common.actions'),
            cell: (s) => (
              <Button
                appearance="secondary-action-button"
                busy={busy === s.serviceId}
                onClick={() => void verify(s)}
                aria-label={t('mapEdit.worklist.verifyNamed', { name: s.name })}
              >
                {t('mapEdit.entry.verify')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
