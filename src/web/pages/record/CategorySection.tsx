// One part of the own record: medicines (now and stopped), measurements per code, or a plain list.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { CategoryView, Item, RecordCategory, Series } from './api.ts';
import { useRecordI18n, useRecordSource } from './source.ts';
import { round } from './SummarySection.tsx';
import { codesText, dateText, statusText } from './words.ts';

export function CategorySection({ category }: { category: RecordCategory }) {
  const { t } = useI18n();
  const source = useRecordSource();
  const view = useLoad(() => source.category(category), `${source.key}:${category}`);
  return (
    <>
      <Paragraph>
        <AppLink to={source.overviewPath}>{t('record.back')}</AppLink>
      </Paragraph>
      <LoadState load={view}>{(data) => <Category view={data} />}</LoadState>
    </>
  );
}

function Category({ view }: { view: CategoryView }) {
  const { t } = useRecordI18n();
  if (view.category === 'medication') {
    const vaccinations = view.items.filter((i) => i.resourceType === 'Immunization');
    return (
      <>
        <ItemTable
          id="record-current"
          heading={t('record.currentHeading')}
          items={view.current ?? []}
          medication
        />
        <ItemTable
          id="record-stopped"
          heading={t('record.stoppedHeading')}
          items={view.stopped ?? []}
          medication
        />
        {vaccinations.length > 0 && (
          <ItemTable
            id="record-vaccinations"
            heading={t('record.immunisationsHeading')}
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
          <SeriesTable key={s.code} series={s} />
        ))}
        {view.items.length > 0 && (
          <ItemTable id="record-other" heading={t('record.otherMeasurements')} items={view.items} />
        )}
      </>
    );
  }
  return (
    <ItemTable id={`record-${view.category}`} heading={t(`record.cat.${view.category}`)} items={view.items} />
  );
}

function ItemTable({
  id,
  heading,
  items,
  medication,
}: {
  id: string;
  heading: string;
  items: Item[];
  medication?: boolean;
}) {
  const { t, locale } = useI18n();
  const columns: Column<Item>[] = [
    { header: t('record.what'), rowHeader: true, cell: (i) => i.what.text },
    { header: medication ? t('record.since') : t('record.date'), cell: (i) => dateText(locale, i.date) },
    ...(items.some((i) => i.endDate)
      ? [{ header: t('record.until'), cell: (i: Item) => dateText(locale, i.endDate) }]
      : []),
    { header: t('record.status'), cell: (i) => statusText(t, i.status) },
    ...(items.some((i) => i.detail)
      ? [{ header: medication ? t('record.use') : t('record.detail'), cell: (i: Item) => i.detail ?? '' }]
      : []),
    { header: t('record.code'), cell: (i) => codesText(i.what) },
  ];
  return (
    <section className="wp-section" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{heading}</Heading2>
      {items.length ? (
        <DataTable caption={heading} captionHidden columns={columns} rows={items} rowKey={(i) => i.id} />
      ) : (
        <Paragraph>{t('record.none')}</Paragraph>
      )}
    </section>
  );
}

/** How many values per code the page lists; all of them stay in the record (a chart comes later). */
const SHOWN = 12;

function SeriesTable({ series }: { series: Series }) {
  const { t, locale, formatNumber } = useI18n();
  const points = series.points.slice(-SHOWN).reverse();
  const caption = t('record.seriesCaption', {
    what: series.what.text,
    count: formatNumber(series.points.length),
  });
  return (
    <section className="wp-section" aria-label={series.what.text}>
      <DataTable
        caption={caption}
        columns={[
          { header: t('record.date'), rowHeader: true, cell: (p) => dateText(locale, p.date) },
          { header: t('record.value'), numeric: true, cell: (p) => formatNumber(round(p.value)) },
          { header: t('record.unit'), cell: (p) => p.unit ?? '' },
        ]}
        rows={points}
        rowKey={(p, i) => `${p.date ?? ''}-${i}`}
      />
      <Paragraph>
        {codesText(series.what)}
        {series.points.length > SHOWN &&
          ` — ${t('record.seriesLatest', { shown: formatNumber(SHOWN), count: formatNumber(series.points.length) })}`}
      </Paragraph>
    </section>
  );
}
