// Cijfers verwijzingen (/verwijzingen/cijfers), for coordinators (issue 7, part 8): for a range of months,
// one table per neighbourhood with a column per month — questions per stream, referrals per route,
// acceptance, the median days to the receiver's first step, completion and outcomes. The server suppresses
// small cells: a count of 1 to 9 comes as null and reads "minder dan 10"; a rate or median without enough
// referrals behind it reads "te weinig". A bar chart of referrals per month sits above the tables, which are
// its accessible alternative. The range lives in the address (?van=&tot=), so a reload or a link keeps it.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/LoadState.tsx';
import { lastMonths, MonthRangeForm, useMonthRange } from '../../components/MonthRange.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n, type I18n, type MessageKey } from '../../i18n/context.tsx';
import { referralsApi, type MonthFigures, type Stream } from './api.ts';
import type { ChartSeries } from './FiguresChart.tsx';
import { monthName } from './words.ts';

const FiguresChart = lazy(() => import('./FiguresChart.tsx').then((m) => ({ default: m.FiguresChart })));

const MAX_MONTHS = 24;

const pad = (n: number) => String(n).padStart(2, '0');

/** The months from `from` to `to`, both included ("2025-11" … "2026-02"). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y = 0, m = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length <= MAX_MONTHS) {
    out.push(`${y}-${pad(m)}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

interface Shown {
  from: string;
  to: string;
  items: MonthFigures[];
}

export function FiguresPage() {
  const { t } = useI18n();
  const { form, shown, onSubmit } = useMonthRange({
    formId: 'referral-figures',
    fallback: lastMonths(6),
    wrongMonth: t('referrals.fig.wrongMonth'),
    check: (range) =>
      range.from <= range.to && monthsBetween(range.from, range.to).length > MAX_MONTHS
        ? t('referrals.fig.tooLong')
        : null,
    load: (range) => referralsApi.figures(range.from, range.to),
  });

  return (
    <>
      <PageTitle>{t('referrals.fig.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('referrals.fig.intro')}</Paragraph>
        <Paragraph>{t('referrals.fig.privacy')}</Paragraph>
      </div>
      <MonthRangeForm
        form={form}
        labels={{ from: t('referrals.fig.from'), to: t('referrals.fig.to') }}
        description={t('referrals.fig.monthDescription')}
        submitLabel={t('referrals.fig.show')}
        problemTitle={t('referrals.fig.failed')}
        onSubmit={onSubmit}
      />
      {form.busy && !shown && <Loading />}
      {shown && <Figures shown={shown} />}
    </>
  );
}

type Kind = 'count' | 'rate' | 'days';
interface Measure {
  key: MessageKey;
  kind: Kind;
  value: (f: MonthFigures | undefined) => number | null;
}

const STREAMS: readonly Stream[] = ['care', 'health', 'wellbeing'];
const ROUTES = ['professional', 'frontdesk', 'self', 'total'] as const;
const OUTCOMES = ['completed', 'failed', 'rejected', 'cancelled'] as const;

/** The rows of each table; a month without any question or referral counts 0 and has no rate. */
const MEASURES: Measure[] = [
  ...STREAMS.map((s): Measure => ({
    key: `referrals.fig.questions.${s}`,
    kind: 'count',
    value: (f) => (f ? f.questions[s] : 0),
  })),
  ...ROUTES.map((r): Measure => ({
    key: `referrals.fig.route.${r}`,
    kind: 'count',
    value: (f) => (f ? f.referrals[r] : 0),
  })),
  { key: 'referrals.fig.acceptance', kind: 'rate', value: (f) => f?.acceptanceRate ?? null },
  { key: 'referrals.fig.median', kind: 'days', value: (f) => f?.medianDaysToFirstContact ?? null },
  { key: 'referrals.fig.completion', kind: 'rate', value: (f) => f?.completionRate ?? null },
  ...OUTCOMES.map((o): Measure => ({
    key: `referrals.fig.outcome.${o}`,
    kind: 'count',
    value: (f) => (f ? f.outcomes[o] : 0),
  })),
];

function cellText(kind: Kind, value: number | null, { t, locale, formatNumber }: I18n): string {
  if (kind === 'count') return value === null ? t('referrals.fig.fewer') : formatNumber(value);
  if (value === null) return t('referrals.fig.tooFew');
  if (kind === 'days') return t('referrals.fig.days', { days: formatNumber(value) });
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

function Figures({ shown }: { shown: Shown }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const months = monthsBetween(shown.from, shown.to);
  const names = months.map((m) => monthName(m, locale));
  const range = t('referrals.fig.range', { from: names[0] ?? shown.from, to: names.at(-1) ?? shown.to });
  const neighbourhoods = [
    ...new Map(shown.items.map((f) => [f.neighbourhoodId, f.neighbourhood])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1], locale));
  if (!neighbourhoods.length) {
    return (
      <section className="wp-section" aria-labelledby="figures-none-heading">
        <Heading2 id="figures-none-heading">{range}</Heading2>
        <Paragraph>{t('referrals.fig.none')}</Paragraph>
      </section>
    );
  }
  const figureOf = (nb: string, month: string) =>
    shown.items.find((f) => f.neighbourhoodId === nb && f.month === month);
  const series: ChartSeries[] = neighbourhoods.map(([id, name]) => ({
    name,
    values: months.map((m) => {
      const f = figureOf(id, m);
      return f ? f.referrals.total : 0;
    }),
  }));
  const drawable = series.some((s) => s.values.some((v) => v !== null && v > 0));

  return (
    <>
      <section className="wp-section" aria-labelledby="figures-chart-heading">
        <Heading2 id="figures-chart-heading">{t('referrals.fig.chartHeading')}</Heading2>
        <Paragraph>{range}</Paragraph>
        {drawable ? (
          <Suspense fallback={null}>
            <FiguresChart
              months={names}
              series={series}
              label={t('referrals.fig.chartLabel', { from: names[0]!, to: names.at(-1)! })}
            />
          </Suspense>
        ) : (
          <Paragraph>{t('referrals.fig.chartEmpty')}</Paragraph>
        )}
      </section>
      {neighbourhoods.map(([id, name]) => (
        <section key={id} className="wp-section wp-figures" aria-labelledby={`figures-${id}-heading`}>
          <Heading2 id={`figures-${id}-heading`}>{name}</Heading2>
          <DataTable<Measure>
            caption={t('referrals.fig.caption', { neighbourhood: name })}
            captionHidden
            rows={MEASURES}
            rowKey={(m) => m.key}
            columns={[
              { header: t('referrals.fig.what'), rowHeader: true, cell: (m) => t(m.key) },
              ...months.map((month, i) => ({
                header: names[i]!,
                numeric: true,
                cell: (m: Measure) => cellText(m.kind, m.value(figureOf(id, month)), i18n),
              })),
            ]}
          />
        </section>
      ))}
    </>
  );
}
