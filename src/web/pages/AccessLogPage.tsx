import { Paragraph } from '@utrecht/component-library-react';
import { api } from '../api.ts';
import type { AccessLogEntry } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.tsx';

export function AccessLogPage() {
  const { t, formatDateTime } = useI18n();
  const entries = useLoad(() => api.accessLog().then((r) => r.items));
  return (
    <>
      <PageTitle>{t('accessLog.title')}</PageTitle>
      <Paragraph lead>{t('accessLog.intro')}</Paragraph>
      <LoadState load={entries}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{t('accessLog.empty')}</Paragraph>
          ) : (
            <DataTable<AccessLogEntry>
              caption={t('accessLog.caption')}
              rows={items}
              rowKey={(e, index) => `${index}-${e.at}`}
              columns={[
                {
                  header: t('accessLog.colAt'),
                  cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
                },
                { header: t('accessLog.colActor'), cell: (e) => e.actor },
                { header: t('accessLog.colAction'), cell: (e) => e.action },
                { header: t('accessLog.colObject'), cell: (e) => e.object },
                { header: t('accessLog.colBasis'), cell: (e) => e.basis },
              ]}
            />
          )
        }
      </LoadState>
    </>
  );
}
