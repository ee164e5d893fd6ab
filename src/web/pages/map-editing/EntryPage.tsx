// /kaart/aanbod/:id — one entry: its state and freshness, "Klopt nog" (verify in one click), start or
// continue a change, its problem reports (close with a note) and its history of published versions.
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type EntryOverview } from './api.ts';
import { HistorySection } from './HistorySection.tsx';
import { paths, type ArrivalState } from './paths.ts';
import { ReportList } from './ReportList.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { entryState, formatDay } from './status.ts';

export function EntryPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state ?? {}) as ArrivalState;
  const [notice, setNotice] = useState<string | null>(arrived.notice ?? null);
  const entry = useLoad(() => mapEditingApi.overview(id), id);
  return (
    <>
      <Paragraph>
        <AppLink to={paths.entries}>{t('mapEdit.entry.back')}</AppLink>
      </Paragraph>
      {entry.status !== 'ready' && <Heading1>{t('mapEdit.entries.title')}</Heading1>}
      <LoadState load={entry}>
        {(e) => (
          <>
            <PageTitle>{e.name}</PageTitle>
            {notice && <Notice>{notice}</Notice>}
            <Facts entry={e} />
            <Actions
              entry={e}
              onVerified={(message) => {
                setNotice(message);
                entry.reload();
              }}
            />
            <ReportsSection serviceId={e.id} onChanged={entry.reload} />
            {e.canReview && <SourcesSection serviceId={e.id} />}
            <HistorySection serviceId={e.id} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Facts({ entry: e }: { entry: EntryOverview }) {
  const { t, locale } = useI18n();
  return (
    <>
      {e.stale && (
        <Alert type="warning">
          <Paragraph>
            {e.assuredDate
              ? t('mapEdit.entry.staleAlert', { date: formatDay(e.dueDate, locale) })
              : t('mapEdit.entry.neverCheckedAlert')}
          </Paragraph>
        </Alert>
      )}
      {e.openChange?.state === 'sent_back' && (
        <Alert type="warning">
          <Paragraph>{t('mapEdit.entry.sentBackAlert')}</Paragraph>
          {e.openChange.remark && <Paragraph className="wp-edit-quote">{e.openChange.remark}</Paragraph>}
        </Alert>
      )}
      <DataList>
        <DataListItem>
          <DataListKey>{t('mapEdit.entries.colOrganization')}</DataListKey>
          <DataListValue>{e.organizationName ?? t('common.notKnown')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mapEdit.entries.colState')}</DataListKey>
          <DataListValue>{entryState(e, t)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mapEdit.entry.checked')}</DataListKey>
          <DataListValue>
            {e.assuredDate ? formatDay(e.assuredDate, locale) : t('common.notKnown')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mapEdit.entry.due')}</DataListKey>
          <DataListValue>{e.dueDate ? formatDay(e.dueDate, locale) : t('common.notKnown')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mapEdit.entries.colReports')}</DataListKey>
          <DataListValue>{e.openReports}</DataListValue>
        </DataListItem>
      </DataList>
    </>
  );
}

function Actions({ entry: e, onVerified }: { entry: EntryOverview; onVerified: (message: string) => void }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'verify' | 'change' | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const change = e.openChange;

  const act = async (kind: 'verify' | 'change') => {
    setBusy(kind);
    setProblem(null);
    try {
      if (kind === 'verify') {
        const r = await mapEditingApi.verify(e.id);
        onVerified(t('mapEdit.entry.verified', { date: formatDay(r.assuredDate, locale) }));
      } else {
        const rev = await mapEditingApi.startChange(e.id);
        await navigate(paths.change(e.id, rev.id));
      }
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="wp-section" aria-labelledby="entry-actions-heading">
      <Heading2 id="entry-actions-heading">{t('mapEdit.entry.actions')}</Heading2>
      {problem && (
        <Alert type="error">
          <Paragraph>{problemMessage(problem, t)}</Paragraph>
        </Alert>
      )}
      {change && (change.state === 'draft' || change.state === 'sent_back') && e.canEdit && (
        <Paragraph>
          <AppLink to={paths.change(e.id, change.id)}>{t('mapEdit.entry.continueChange')}</AppLink>
        </Paragraph>
      )}
      {change?.state === 'review' && (
        <Paragraph>
          {t('mapEdit.entry.inReview')}{' '}
          {e.canReview && <AppLink to={paths.review(change.id)}>{t('mapEdit.entry.reviewLink')}</AppLink>}
        </Paragraph>
      )}
      {e.canEdit && (
        <ButtonGroup>
          {!change && e.published && (
            <Button
              appearance="primary-action-button"
              busy={busy === 'change'}
              onClick={() => void act('change')}
            >
              {t('mapEdit.entry.change')}
            </Button>
          )}
          {e.published && (
            <Button
              appearance="secondary-action-button"
              busy={busy === 'verify'}
              onClick={() => void act('verify')}
            >
              {t('mapEdit.entry.verify')}
            </Button>
          )}
        </ButtonGroup>
      )}
      {e.canEdit && e.published && <Paragraph small>{t('mapEdit.entry.verifyHelp')}</Paragraph>}
    </section>
  );
}

function ReportsSection({ serviceId, onChanged }: { serviceId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const reports = useLoad(() => mapEditingApi.reports(serviceId).then((r) => r.items), serviceId);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="wp-section" aria-labelledby="entry-reports-heading">
      <Heading2 id="entry-reports-heading">{t('mapEdit.reports.heading')}</Heading2>
      {notice && <Notice>{notice}</Notice>}
      <LoadState load={reports}>
        {(items) => (
          <ReportList
            reports={items}
            onClosed={() => {
              setNotice(t('mapEdit.reports.closedNotice'));
              reports.reload();
              onChanged();
            }}
          />
        )}
      </LoadState>
    </section>
  );
}
