// The values of one code over time as a line chart (Chart.js). The chart is a picture with a name that says
// what it shows (how many values, from when to when, the last one) and points to the table below it, the
// accessible alternative (the latest values, every value at a button).
import {
  Chart as ChartJS,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { useI18n } from '../../i18n/context.tsx';
import type { Series } from './api.ts';
import { round } from './SummarySection.tsx';

// Only what a line over time needs, so the bundle stays small.
ChartJS.register(LinearScale, PointElement, LineElement, Tooltip);

const DAY = 86_400_000;

/** Dark blue on white: well over the 3:1 that WCAG asks of lines and points. */
const LINE = '#1a4f8b';

export function MeasurementChart({ series }: { series: Series }) {
  const { t, locale, formatNumber } = useI18n();
  const intl = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const points = useMemo(
    () =>
      series.points
        .map((p) => ({ x: p.date ? Date.parse(p.date) : NaN, y: round(p.value) }))
        .filter((p) => Number.isFinite(p.x)),
    [series],
  );
  const day = useMemo(() => new Intl.DateTimeFormat(intl, { dateStyle: 'medium' }), [intl]);
  if (!points.length) return null;

  const first = points[0]!;
  const last = points[points.length - 1]!;
  const lastValue = `${formatNumber(last.y)} ${series.unit ?? ''}`.trim();
  const label =
    points.length === 1
      ? t('record.chart.labelOne', { what: series.what.text, date: day.format(last.x), last: lastValue })
      : t('record.chart.label', {
          what: series.what.text,
          count: formatNumber(points.length),
          from: day.format(first.x),
          to: day.format(last.x),
          last: lastValue,
        });
  // One point alone would sit on an axis of zero width: give it a day on both sides. Ticks fall on whole
  // days (at most six), so no day is written twice under the axis.
  const pad = first.x === last.x ? DAY : 0;
  const min = Math.floor(first.x / DAY) * DAY - pad;
  const max = Math.ceil(last.x / DAY) * DAY + pad;
  const stepSize = Math.max(1, Math.ceil((max - min) / DAY / 5)) * DAY;
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    locale: intl,
    scales: {
      x: {
        type: 'linear',
        min,
        max,
        ticks: { stepSize, maxTicksLimit: 7, color: '#333', callback: (v) => day.format(Number(v)) },
        grid: { color: '#ddd' },
      },
      y: {
        title: { display: Boolean(series.unit), text: series.unit ?? '', color: '#333' },
        ticks: { color: '#333' },
        grid: { color: '#ddd' },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? day.format(items[0].parsed.x ?? 0) : ''),
          label: (item) => `${formatNumber(item.parsed.y ?? 0)} ${series.unit ?? ''}`.trim(),
        },
      },
    },
  };
  return (
    <figure className="wp-record-chart">
      <div className="wp-record-chart__canvas">
        <Line
          role="img"
          aria-label={label}
          fallbackContent={<p>{t('record.chart.fallback')}</p>}
          options={options}
          data={{
            datasets: [
              {
                label: series.what.text,
                data: points,
                borderColor: LINE,
                backgroundColor: LINE,
                pointRadius: 4,
                pointHoverRadius: 6,
                borderWidth: 2,
                tension: 0,
              },
            ],
          }}
        />
      </div>
    </figure>
  );
}
