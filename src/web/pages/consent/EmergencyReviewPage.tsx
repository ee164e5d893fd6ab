// The coordinator's review of emergency access (/noodtoegang): who opened a record of a resident in their
// neighbourhoods with emergency access, when, from which organisation and why; never which resident.
import { Paragraph } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { consentApi, type EmergencyAccess } from './api.ts';

type Row = EmergencyAccess & { open: boolean };

export function EmergencyReviewPage() {
  const { t, formatDateTime } = useI18n();
  const accesses = useLoad(() =>
    consentApi.emergencyAccesses().then((r): Row[] => {
      const now = Date.now();
      return r.items.map((a) => ({ ...a, open: Date.parse(a.expiresAt) > now }));
    }),
  );
  return (
    <>
      <PageTitle>{t('review.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('review.intro')}</Paragraph>
      </div>
      <LoadState load={accesses}>
        {(rows) =>
          rows.length ? (
            <DataTable<Row>
              caption={t('review.caption')}
              rows={rows}
              rowKey={(a) => a.id}
              columns={[
                {
                  header: t('review.colStarted'),
                  rowHeader: true,
                  cell: (a) => <time dateTime={a.startedAt}>{formatDateTime(a.startedAt)}</time>,
                },
                { header: t('review.colProfessional'), cell: (a) => a.professional },
                { header: t('review.colOrganisation'), cell: (a) => a.organisation },
                { header: t('review.colNeighbourhood'), cell: (a) => a.neighbourhood ?? '' },
                { header: t('review.colReason'), cell: (a) => a.reason },
                {
                  header: t('review.colUntil'),
                  cell: (a) =>
                    a.open
                      ? t('review.stillOpen', { date: formatDateTime(a.expiresAt) })
                      : formatDateTime(a.expiresAt),
                },
              ]}
            />
          ) : (
            <Paragraph>{t('review.none')}</Paragraph>
          )
        }
      </LoadState>
    </>
  );
}
