// One part of the record: medicines (now and stopped), measurements per code (a chart and a table), or a
// plain list. In the own record each entry links to its page, and the resident adds measurements on the
// measurements part and notes and goals on the notes part.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { CategoryView, Item, RecordCategory, Series } from './api.ts';
import { MeasurementForm } from './MeasurementForm.tsx';
import { GoalForm, NoteForm } from './NoteForms.tsx';
import { useRecordI18n, useRecordSource } from './source.ts';
import { round } from './SummarySection.tsx';
import { codesText, dateText, statusText } from './words.ts';

// Chart.js is large and only needed here: it loads when the first chart is shown.
const MeasurementChart = lazy(() =>
  import('./MeasurementChart.tsx').then((m) => ({ default: m.MeasurementChart })),
);

export function CategorySection({ category }: { category: RecordCategory }) {
  const { t } = useI18n();
  const source = useRecordSource();
  const view = useLoad(() => source.category(category), `${source.key}:${category}`);
  const own = source.whose === 'own';
  return (
    <>
      <Paragraph className="wp-no-print">
        <AppLink to={source.overviewPath}>{t('record.back')}</AppLink>
      </Paragraph>
      {own && category === 'measurements' && <MeasurementForm onSaved={view.reload} />}
      {own && category === 'notes' && (
        <>
          <NoteForm onSaved={view.reload} />
          <GoalForm onSaved={view.reload} />
        </>
      )}
      <LoadState load={view}>{(data) => <Category view={data} level={2} />}</LoadState>
    </>
  );
}

/**
 * What one part holds, its headings at `level` (2 on the part's own page; 3 inside the whole record, where
 * the part's name is the heading above). A plain list is headed by the part's name itself.
 */
export function Category({ view, level }: { view: CategoryView; level: 2 | 3 }) {
  const { t } = useRecordI18n();
  if (view.category === 'medication') {
    const vaccinations = view.items.filter((i) => i.resourceType === 'Immunization');
    return (
      <>
        <ItemTable
          id="record-current"
          heading={t('record.currentHeading')}
          level={level}
          items={view.current ?? []}
          medication
        />
        <ItemTable
          id="record-stopped"
          heading={t('record.stoppedHeading')}
          level={level}
          items={view.stopped ?? []}
          medication
        />
        {vaccinations.length > 0 && (
          <ItemTable
            id="record-vaccinations"
            heading={t('record.immunisationsHeading')}
            level={level}
            items={vaccinations}
          />
        )}
      </>
    );
  }
  if (view.category === 'measurements') {
    const series = view.series ?? [];
    return (
      <>
        {!series.length && !view.items.length && <Paragraph>{t('record.none')}</Paragraph>}
        {series.map((s) => (
          <SeriesSection key={s.code} series={s} level={level} />
        ))}
        {view.items.length > 0 && (
          <ItemTable
            id="record-other"
            heading={t('record.otherMeasurements')}
            level={level}
            items={view.items}
          />
        )}
      </>
    );
  }
  return (
    <ItemTable
      id={`record-${view.category}`}
      heading={t(`record.cat.${view.category}`)}
      level={2}
      items={view.items}
    />
  );
}

function ItemTable({
  id,
  heading,
  level,
  items,
  medication,
}: {
  id: string;
  heading: string;
  level: 2 | 3;
  items: Item[];
  medication?: boolean;
}) {
  const { t, locale } = useI18n();
  const { entryPath } = useRecordSource();
  // Among goals and notes only a goal has an end: the day the resident wants to reach it.
  const goalsOnly = items.every((i) => !i.endDate || i.resourceType === 'Goal');
  const untilHeader = goalsOnly ? t('record.goal.target') : t('record.until');
  const columns: Column<Item>[] = [
    {
      header: t('record.what'),
      rowHeader: true,
      cell: (i) => (entryPath ? <AppLink to={entryPath(i.id)}>{i.what.text}</AppLink> : i.what.text),
    },
    { header: medication ? t('record.since') : t('record.date'), cell: (i) => dateText(locale, i.date) },
    ...(items.some((i) => i.endDate)
      ? [{ header: untilHeader, cell: (i: Item) => dateText(locale, i.endDate) }]
      : []),
    { header: t('record.status'), cell: (i) => statusText(t, i.status) },
    ...(items.some((i) => i.detail)
      ? [{ header: medication ? t('record.use') : t('record.detail'), cell: (i: Item) => i.detail ?? '' }]
      : []),
    { header: t('record.code'), cell: (i) => codesText(i.what) },
  ];
  return (
    <section className="wp-section" aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`}>
        {heading}
      </Heading>
      {items.length ? (
        <DataTable caption={heading} captionHidden columns={columns} rows={items} rowKey={(i) => i.id} />
      ) : (
        <Paragraph>{t('record.none')}</Paragraph>
      )}
    </section>
  );
}

/** How many values per code the table lists at first; the chart shows all of them. */
const SHOWN = 12;

/** The values of one code: a chart over time and, as its accessible alternative, a table of the values. */
function SeriesSection({ series, level }: { series: Series; level: 2 | 3 }) {
  const { t, locale, formatNumber } = useI18n();
  const { entryPath } = useRecordSource();
  const [all, setAll] = useState(false);
  const id = `record-series-${series.code.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const many = series.points.length > SHOWN;
  const points = (all ? series.points : series.points.slice(-SHOWN)).slice().reverse();
  const count = formatNumber(series.points.length);
  const caption =
    series.points.length === 1
      ? t('record.seriesCaptionOne', { what: series.what.text })
      : t('record.seriesCaption', { what: series.what.text, count });
  return (
    <section className="wp-section" aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`}>
        {series.what.text}
      </Heading>
      <Suspense fallback={null}>
        <MeasurementChart series={series} />
      </Suspense>
      <DataTable
        caption={caption}
        captionHidden
        columns={[
          {
            header: t('record.date'),
            rowHeader: true,
            cell: (p) =>
              entryPath ? (
                <AppLink to={entryPath(p.id)}>{dateText(locale, p.date)}</AppLink>
              ) : (
                dateText(locale, p.date)
              ),
          },
          { header: t('record.value'), numeric: true, cell: (p) => formatNumber(round(p.value)) },
          { header: t('record.unit'), cell: (p) => p.unit ?? '' },
        ]}
        rows={points}
        rowKey={(p, i) => `${p.id}-${i}`}
      />
      <Paragraph>
        {codesText(series.what)}
        {many &&
          ` — ${
            all
              ? t('record.seriesAll', { count })
              : t('record.seriesLatest', { shown: formatNumber(SHOWN), count })
          }`}
      </Paragraph>
      {many && (
        <Button
          appearance="secondary-action-button"
          className="wp-no-print"
          onClick={() => setAll((v) => !v)}
        >
          {all
            ? t('record.series.showLatest', { shown: formatNumber(SHOWN) })
            : t('record.series.showAll', { count })}
        </Button>
      )}
    </section>
  );
}
