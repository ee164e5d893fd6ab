import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, ApiError } from '../api.ts';
import type { AccessLogEntry } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { problemMessage } from '../components/problem.ts';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.tsx';

export function AccessLogPage() {
  const { t, formatDateTime } = useI18n();
  const entries = useLoad(() => api.accessLog().then((r) => r.items));
  const [reported, setReported] = useState<number | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  // Someone else's access the person does not recognise: the coordinator is told; the line says "Gemeld".
  const report = async (entry: AccessLogEntry) => {
    if (busy !== null) return;
    setBusy(entry.seq);
    setProblem(null);
    try {
      await api.reportAccess(entry.seq);
      setReported(entry.seq);
      entries.reload();
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
    <>
      <PageTitle>{t('accessLog.title')}</PageTitle>
      <Paragraph lead>{t('accessLog.intro')}</Paragraph>
      <Paragraph>{t('accessLog.reportIntro')}</Paragraph>
      {reported !== null && <Notice key={reported}>{t('accessLog.reportedNotice')}</Notice>}
      {problem && (
        <Alert type="error">
          <Paragraph>{problemMessage(problem, t)}</Paragraph>
        </Alert>
      )}
      <LoadState load={entries}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{t('accessLog.empty')}</Paragraph>
          ) : (
            <DataTable<AccessLogEntry>
              caption={t('accessLog.caption')}
              rows={items}
              rowKey={(e) => String(e.seq)}
              columns={[
                {
                  header: t('accessLog.colAt'),
                  cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
                },
                { header: t('accessLog.colActor'), cell: (e) => e.actor },
                { header: t('accessLog.colAction'), cell: (e) => e.action },
                { header: t('accessLog.colObject'), cell: (e) => e.object },
                {
                  header: t('accessLog.colBasis'),
                  cell: (e) =>
                    e.reason ? (
                      <>
                        {e.basis}
                        <br />
                        {t('accessLog.reason', { reason: e.reason })}
                      </>
                    ) : (
                      e.basis
                    ),
                },
                {
                  header: t('accessLog.colReport'),
                  cell: (e) =>
                    e.reported ? (
                      <strong>{t('accessLog.reported')}</strong>
                    ) : e.reportable ? (
                      <Button
                        appearance="secondary-action-button"
                        aria-label={t('accessLog.reportLabel', { actor: e.actor, at: formatDateTime(e.at) })}
                        busy={busy === e.seq}
                        onClick={() => void report(e)}
                      >
                        {t('accessLog.report')}
                      </Button>
                    ) : (
                      ''
                    ),
                },
              ]}
            />
          )
        }
      </LoadState>
    </>
  );
}
