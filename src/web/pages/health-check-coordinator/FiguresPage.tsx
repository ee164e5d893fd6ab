// Cijfers gezondheidscheck (/gezondheidscheck/cijfers), for coordinators (issue 5, part 7): the health-check
// marks that residents shared anonymously, for a range of months, per neighbourhood. One table per
// neighbourhood gives per age group the number of people and the mean mark of each life domain; four small
// tables (one per domain) give how many people were green, orange and red — narrow tables that stack on a
// phone. The server suppresses small cells (figures.ts): a band of 1 to 9 people comes as null and reads
// "minder dan 10"; a total or a light count that would give such a band back comes as null and reads
// "verborgen". Both are explained under the table that shows them, and they stay words in the CSV download.
// The range lives in the address (?van=&tot=), so a reload or a link keeps it.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import Papa from 'papaparse';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/LoadState.tsx';
import { lastMonths, MonthRangeForm, useMonthRange } from '../../components/MonthRange.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n, type I18n } from '../../i18n/context.tsx';
import { monthName } from '../referrals/words.ts';
import {
  AGE_BANDS,
  DOMAINS,
  healthCheckCoordinatorApi,
  type AgeBand,
  type Cell,
  type Domain,
  type NeighbourhoodFigures,
} from './api.ts';

interface Shown {
  from: string;
  to: string;
  items: NeighbourhoodFigures[];
}

/** A row of a table: an age band, or the neighbourhood's total. */
type Row = { key: AgeBand | 'total'; cell: Cell };
const rowsOf = (f: NeighbourhoodFigures): Row[] => [
  ...AGE_BANDS.map((b): Row => ({ key: b, cell: f.ageBands[b] })),
  { key: 'total', cell: f.total },
];

/** Why a hidden cell is hidden: a band of 1–9 people, or a number that would give such a band back. */
type Hidden = 'fewer' | 'hidden';
const whyHidden = (row: Row): Hidden => (row.key === 'total' ? 'hidden' : 'fewer');

type Text = { text: string; hidden?: Hidden };

function personsText(row: Row, { t, formatNumber }: I18n): Text {
  if (row.cell.persons === null) {
    const why = whyHidden(row);
    return { text: t(`hcFig.${why}`), hidden: why };
  }
  return { text: formatNumber(row.cell.persons) };
}

function meanText(row: Row, domain: Domain, i18n: I18n, oneDecimal: Intl.NumberFormat): Text {
  const { t } = i18n;
  if (row.cell.persons === null) {
    const why = whyHidden(row);
    return { text: t(`hcFig.${why}`), hidden: why };
  }
  const mean = row.cell.domains?.[domain].mean ?? null;
  return { text: mean === null ? t('hcFig.noMark') : oneDecimal.format(mean) };
}

type Light = 'green' | 'orange' | 'red';
const LIGHTS: readonly Light[] = ['green', 'orange', 'red'];

function lightText(row: Row, domain: Domain, light: Light, i18n: I18n): Text {
  const { t, formatNumber } = i18n;
  if (row.cell.persons === null) {
    const why = whyHidden(row);
    return { text: t(`hcFig.${why}`), hidden: why };
  }
  if (row.cell.persons === 0) return { text: formatNumber(0) };
  const lights = row.cell.domains?.[domain].lights ?? null;
  if (lights === null) return { text: t('hcFig.hidden'), hidden: 'hidden' };
  return { text: formatNumber(lights[light]) };
}

export function FiguresPage() {
  const { t } = useI18n();
  const { form, shown, onSubmit } = useMonthRange({
    formId: 'hc-figures',
    fallback: lastMonths(12),
    wrongMonth: t('hcFig.wrongMonth'),
    check: (range) => (range.from > range.to ? t('hcFig.wrongOrder') : null),
    load: (range) => healthCheckCoordinatorApi.figures(range.from, range.to),
  });

  return (
    <>
      <PageTitle>{t('hcFig.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('hcFig.intro')}</Paragraph>
        <Paragraph>{t('hcFig.counted')}</Paragraph>
        <Paragraph>{t('hcFig.privacy')}</Paragraph>
      </div>
      <MonthRangeForm
        form={form}
        labels={{ from: t('hcFig.from'), to: t('hcFig.to') }}
        description={t('hcFig.monthDescription')}
        submitLabel={t('hcFig.show')}
        problemTitle={t('hcFig.failed')}
        onSubmit={onSubmit}
      />
      {form.busy && !shown && <Loading />}
      {shown && <Figures shown={shown} />}
    </>
  );
}

function Figures({ shown }: { shown: Shown }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const oneDecimal = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const range = t('hcFig.range', { from: monthName(shown.from, locale), to: monthName(shown.to, locale) });
  const withData = shown.items.filter((f) => f.total.persons !== 0);

  const download = () => {
    const fields = [
      t('hcFig.csv.neighbourhood'),
      t('hcFig.csv.cbsCode'),
      t('hcFig.age'),
      t('hcFig.persons'),
      ...DOMAINS.flatMap((d) => {
        const name = t(`hcFig.domain.${d}`);
        return [`${name}: ${t('hcFig.csv.mean')}`, ...LIGHTS.map((l) => `${name}: ${t(`hcFig.csv.${l}`)}`)];
      }),
    ];
    const data = withData.flatMap((f) =>
      rowsOf(f).map((row) => [
        f.neighbourhood,
        f.cbsCode,
        t(`hcFig.band.${row.key}`),
        personsText(row, i18n).text,
        ...DOMAINS.flatMap((d) => [
          meanText(row, d, i18n, oneDecimal).text,
          ...LIGHTS.map((l) => lightText(row, d, l, i18n).text),
        ]),
      ]),
    );
    // A semicolon for Dutch spreadsheets (the comma is their decimal sign); a BOM so they read UTF-8.
    const csv = Papa.unparse({ fields, data }, { delimiter: locale === 'nl' ? ';' : ',' });
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('hcFig.csv.fileName')}-${shown.from}-${shown.to}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <>
      <section className="wp-section" aria-labelledby="hc-figures-range">
        <Heading2 id="hc-figures-range">{range}</Heading2>
        {shown.items.length === 0 && <Paragraph>{t('hcFig.noNeighbourhoods')}</Paragraph>}
        {withData.length > 0 && (
          <>
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={download}>
                {t('hcFig.download')}
              </Button>
            </ButtonGroup>
            <Paragraph small>{t('hcFig.downloadNote')}</Paragraph>
          </>
        )}
      </section>
      {shown.items.map((f) => (
        <Neighbourhood key={f.neighbourhoodId} figures={f} oneDecimal={oneDecimal} />
      ))}
    </>
  );
}

/** The explanations of the words a table shows in place of a number. */
function WhyHidden({ used }: { used: ReadonlySet<Hidden> }) {
  const { t } = useI18n();
  if (!used.size) return null;
  return (
    <div className="wp-hc-why">
      {used.has('fewer') && <Paragraph small>{t('hcFig.whyFewer')}</Paragraph>}
      {used.has('hidden') && <Paragraph small>{t('hcFig.whyHidden')}</Paragraph>}
    </div>
  );
}

function Neighbourhood({
  figures: f,
  oneDecimal,
}: {
  figures: NeighbourhoodFigures;
  oneDecimal: Intl.NumberFormat;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = `hc-figures-${f.neighbourhoodId}`;
  const rows = rowsOf(f);
  const usedIn = (texts: Text[]) =>
    new Set(texts.flatMap((x) => (x.hidden ? [x.hidden] : []))) as ReadonlySet<Hidden>;

  if (f.total.persons === 0) {
    return (
      <section className="wp-section" aria-labelledby={`${id}-heading`}>
        <Heading2 id={`${id}-heading`}>{f.neighbourhood}</Heading2>
        <Paragraph>{t('hcFig.nobody', { neighbourhood: f.neighbourhood })}</Paragraph>
      </section>
    );
  }

  const meanTexts = rows.flatMap((r) => [
    personsText(r, i18n),
    ...DOMAINS.map((d) => meanText(r, d, i18n, oneDecimal)),
  ]);
  return (
    <section className="wp-section wp-figures" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{f.neighbourhood}</Heading2>
      <Heading3 id={`${id}-means`}>{t('hcFig.meansHeading')}</Heading3>
      <Paragraph>{t('hcFig.meansIntro')}</Paragraph>
      <DataTable<Row>
        caption={t('hcFig.meansCaption', { neighbourhood: f.neighbourhood })}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: t('hcFig.age'), rowHeader: true, cell: (r) => t(`hcFig.band.${r.key}`) },
          { header: t('hcFig.persons'), numeric: true, cell: (r) => personsText(r, i18n).text },
          ...DOMAINS.map((d) => ({
            header: t(`hcFig.domain.${d}`),
            numeric: true,
            cell: (r: Row) => meanText(r, d, i18n, oneDecimal).text,
          })),
        ]}
      />
      <WhyHidden used={usedIn(meanTexts)} />
      <Heading3 id={`${id}-lights`}>{t('hcFig.lightsHeading')}</Heading3>
      <Paragraph>{t('hcFig.lightsIntro')}</Paragraph>
      <div className="wp-hc-lights">
        {DOMAINS.map((d) => {
          const texts = rows.flatMap((r) => LIGHTS.map((l) => lightText(r, d, l, i18n)));
          return (
            <div key={d} className="wp-hc-lights__domain">
              <DataTable<Row>
                caption={t('hcFig.lightsCaption', {
                  neighbourhood: f.neighbourhood,
                  domain: t(`hcFig.domain.${d}`),
                })}
                rows={rows}
                rowKey={(r) => r.key}
                columns={[
                  { header: t('hcFig.age'), rowHeader: true, cell: (r) => t(`hcFig.band.${r.key}`) },
                  ...LIGHTS.map((l) => ({
                    header: t(`hcFig.${l}`),
                    numeric: true,
                    cell: (r: Row) => lightText(r, d, l, i18n).text,
                  })),
                ]}
              />
              <WhyHidden used={usedIn(texts)} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
