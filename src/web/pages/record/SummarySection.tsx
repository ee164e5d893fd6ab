// The overview of the own record: whose it is, how much of each part, current medicines, latest values.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { CATEGORIES, type Summary } from './api.ts';
import { useRecordI18n, useRecordSource } from './source.ts';
import { codesText, dateText } from './words.ts';

export function SummarySection({ version }: { version: number }) {
  const { t } = useI18n();
  const source = useRecordSource();
  const summary = useLoad(() => source.summary(), `${source.key}:${version}`);
  return (
    <section className="wp-section" aria-labelledby="record-summary-heading">
      <Heading2 id="record-summary-heading">{t('record.summaryHeading')}</Heading2>
      <LoadState load={summary}>{(data) => <SummaryView summary={data} />}</LoadState>
    </section>
  );
}

function SummaryView({ summary }: { summary: Summary }) {
  const { t, locale, formatNumber, formatDateTime } = useRecordI18n();
  const source = useRecordSource();
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  if (!total && !summary.patient) return <Paragraph>{t('record.empty')}</Paragraph>;
  const p = summary.patient;
  return (
    <>
      {p?.name && (
        <Paragraph>
          {p.birthDate
            ? t('record.patientBorn', { name: p.name, date: dateText(locale, p.birthDate) })
            : t('record.patient', { name: p.name })}
        </Paragraph>
      )}
      {summary.currentMedication !== null && (
        <Paragraph>
          {t('record.currentMedication', { count: formatNumber(summary.currentMedication) })}
        </Paragraph>
      )}
      {summary.activeProblems !== null && (
        <Paragraph>{t('record.activeProblems', { count: formatNumber(summary.activeProblems) })}</Paragraph>
      )}
      {summary.lastUpdated && (
        <Paragraph>{t('record.lastUpdated', { date: formatDateTime(summary.lastUpdated) })}</Paragraph>
      )}
      <DataTable
        caption={t('record.countsCaption')}
        columns={[
          {
            header: t('record.part'),
            rowHeader: true,
            cell: (c) => <AppLink to={source.partPath(c)}>{t(`record.cat.${c}`)}</AppLink>,
          },
          { header: t('record.number'), numeric: true, cell: (c) => formatNumber(summary.counts[c] ?? 0) },
        ]}
        rows={CATEGORIES.filter((c) => summary.categories.includes(c))}
        rowKey={(c) => c}
      />
      {summary.latestMeasurements.length > 0 && (
        <>
          <Heading2 id="record-latest-heading">{t('record.latestHeading')}</Heading2>
          <DataTable
            caption={t('record.latestHeading')}
            captionHidden
            columns={[
              { header: t('record.what'), rowHeader: true, cell: (m) => m.what.text },
              { header: t('record.date'), cell: (m) => dateText(locale, m.date) },
              { header: t('record.value'), numeric: true, cell: (m) => formatNumber(round(m.value)) },
              { header: t('record.unit'), cell: (m) => m.unit ?? '' },
              { header: t('record.code'), cell: (m) => codesText(m.what) },
            ]}
            rows={summary.latestMeasurements}
            rowKey={(m) => m.code}
          />
        </>
      )}
    </>
  );
}

/** Values as measured, without the long tails of computed ones (Synthea writes 66.76594090701177). */
export const round = (v: number) => Math.round(v * 100) / 100;
