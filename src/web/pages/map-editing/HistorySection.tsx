// The published versions of an entry: who wrote each one, who approved it and when; per version a
// readable diff against the one before.
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type Version } from './api.ts';
import { DiffTable } from './DiffTable.tsx';

export function HistorySection({ serviceId }: { serviceId: string }) {
  const { t, formatDateTime } = useI18n();
  const history = useLoad(() => mapEditingApi.history(serviceId).then((h) => h.items), serviceId);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <section className="wp-section" aria-labelledby="entry-history-heading">
      <Heading2 id="entry-history-heading">{t('mapEdit.history.heading')}</Heading2>
      <LoadState load={history}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{t('mapEdit.history.none')}</Paragraph>
          ) : (
            <>
              <DataTable<Version>
                caption={t('mapEdit.history.caption')}
                captionHidden
                rows={[...items].reverse()}
                rowKey={(v) => String(v.version)}
                columns={[
                  {
                    header: t('mapEdit.history.version'),
                    cell: (v) => t('mapEdit.history.versionN', { n: v.version }),
                    rowHeader: true,
                  },
                  { header: t('mapEdit.history.date'), cell: (v) => formatDateTime(v.publishedAt) },
                  {
                    header: t('mapEdit.history.author'),
                    cell: (v) =>
                      v.baseline ? t('mapEdit.history.baseline') : (v.author?.name ?? t('common.notKnown')),
                  },
                  {
                    header: t('mapEdit.history.approvedBy'),
                    cell: (v) => v.approvedBy?.name ?? '',
                  },
                  {
                    header: t('mapEdit.history.changes'),
                    cell: (v) =>
                      v.version > 1 ? (
                        <Button
                          appearance="subtle-button"
                          aria-expanded={shown === v.version}
                          aria-controls="entry-history-diff"
                          onClick={() => setShown(shown === v.version ? null : v.version)}
                        >
                          {t('mapEdit.history.show', { n: v.version })}
                        </Button>
                      ) : (
                        ''
                      ),
                  },
                ]}
              />
              <div id="entry-history-diff">
                {shown !== null && <VersionDiff serviceId={serviceId} version={shown} />}
              </div>
            </>
          )
        }
      </LoadState>
    </section>
  );
}

function VersionDiff({ serviceId, version }: { serviceId: string; version: number }) {
  const { t } = useI18n();
  const diff = useLoad(
    () => mapEditingApi.versionDiff(serviceId, version - 1, version),
    `${serviceId}|${version}`,
  );
  return (
    <LoadState load={diff}>
      {(d) => (
        <DiffTable diff={d} caption={t('mapEdit.history.diffCaption', { from: version - 1, to: version })} />
      )}
    </LoadState>
  );
}
