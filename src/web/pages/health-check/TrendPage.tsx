// /gezondheidscheck/verloop (residents): the marks per domain of every saved check, oldest first, as lines
// and as a table, with a link to do the check again.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import { CHECK_PATH, DOMAINS, healthCheckApi, type Domain, type Light, type Trend } from './api.ts';
import { TrendLines } from './charts.tsx';
import { LightWord } from './ReportPage.tsx';

export function TrendPage() {
  const { t } = useI18n();
  const load = useLoad(() => healthCheckApi.trend());
  return (
    <div className="wp-hc">
      <PageTitle>{t('hc.trend.title')}</PageTitle>
      <Paragraph lead>{t('hc.trend.intro')}</Paragraph>
      <LoadState load={load}>{(trend) => <TrendView trend={trend} />}</LoadState>
      <Paragraph>
        <AppLink to={CHECK_PATH}>{t('hc.trend.redo')}</AppLink>
      </Paragraph>
    </div>
  );
}

interface Row {
  at: string;
  marks: Partial<Record<Domain, { score: number; light: Light }>>;
}

function TrendView({ trend }: { trend: Trend }) {
  const { t, formatDateTime } = useI18n();
  const rows = new Map<string, Row>();
  for (const d of trend.domains)
    for (const p of d.points) {
      const row = rows.get(p.at) ?? { at: p.at, marks: {} };
      row.marks[d.domain] = { score: p.score, light: p.light };
      rows.set(p.at, row);
    }
  const ordered = [...rows.values()].sort((a, b) => a.at.localeCompare(b.at));
  if (!ordered.length) return <Paragraph>{t('hc.trend.none')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('hc.trend.count', { count: ordered.length })}</Paragraph>
      <TrendLines trend={trend} />
      <Heading2 id="hc-trend-table">{t('hc.trend.tableTitle')}</Heading2>
      <DataTable
        caption={t('hc.trend.table')}
        captionHidden
        columns={[
          { header: t('hc.trend.when'), cell: (r: Row) => formatDateTime(r.at), rowHeader: true },
          ...DOMAINS.map((d) => ({
            header: t(`hc.domain.${d}` as MessageKey),
            cell: (r: Row) => {
              const m = r.marks[d];
              return m ? (
                <>
                  {m.score} <LightWord light={m.light} />
                </>
              ) : (
                '–'
              );
            },
          })),
        ]}
        rows={ordered}
        rowKey={(r) => r.at}
      />
    </>
  );
}
