// The charts of the health check (Chart.js, as in record/MeasurementChart.tsx): the four domain marks of one
// report as bars, and the marks over time as lines. Each chart is a picture whose name says what it shows;
// the table next to it is the accessible alternative. A bar's colour is its light, and its label says the
// light in words too, so colour is never the only sign.
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { useMemo } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import type { Domain, DomainReport, Light, Trend } from './api.ts';

ChartJS.register(CategoryScale, LinearScale, BarElement, PointElement, LineElement, Tooltip, Legend);

/** Each at least 4.5:1 on white. */
export const LIGHT_COLOURS: Record<Light, string> = { green: '#1e6b30', orange: '#a04a00', red: '#b3261e' };
const GREY = '#595959';
/** One colour and one point shape per domain, so the lines differ in more than colour. */
const DOMAIN_STYLE: Record<Domain, { colour: string; point: 'circle' | 'rect' | 'triangle' | 'rectRot' }> = {
  body: { colour: '#1a4f8b', point: 'circle' },
  mind: { colour: '#6b2c91', point: 'rect' },
  participation: { colour: '#1e6b30', point: 'triangle' },
  network: { colour: '#a04a00', point: 'rectRot' },
};
const AXIS = { ticks: { color: '#333' }, grid: { color: '#ddd' } };

export function DomainBars({ domains }: { domains: DomainReport[] }) {
  const { t, locale } = useI18n();
  const rated = domains.filter((d) => d.score !== null);
  if (!rated.length) return null;
  const label = t('hc.chart.barsLabel', {
    marks: rated
      .map((d) => `${d.name[locale]} ${d.score} (${t(`hc.light.${d.light ?? 'none'}` as MessageKey)})`)
      .join(', '),
  });
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    scales: {
      x: AXIS,
      y: { ...AXIS, min: 0, max: 10, ticks: { ...AXIS.ticks, stepSize: 1 } },
    },
    plugins: { legend: { display: false } },
  };
  return (
    <figure className="wp-hc-chart">
      <div className="wp-hc-chart__canvas">
        <Bar
          role="img"
          aria-label={label}
          fallbackContent={<p>{t('hc.chart.fallback')}</p>}
          options={options}
          data={{
            // two lines under each bar: the domain, then its mark and light in words
            labels: rated.map((d) => [
              d.name[locale],
              `${d.score} – ${t(`hc.light.${d.light ?? 'none'}` as MessageKey)}`,
            ]),
            datasets: [
              {
                label: t('hc.chart.mark'),
                data: rated.map((d) => d.score ?? 0),
                backgroundColor: rated.map((d) => (d.light ? LIGHT_COLOURS[d.light] : GREY)),
              },
            ],
          }}
        />
      </div>
    </figure>
  );
}

export function TrendLines({ trend }: { trend: Trend }) {
  const { t, locale } = useI18n();
  const intl = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const day = useMemo(() => new Intl.DateTimeFormat(intl, { dateStyle: 'medium' }), [intl]);
  const series = trend.domains.filter((d) => d.points.length > 0);
  if (!series.length) return null;
  const times = series.flatMap((d) => d.points.map((p) => Date.parse(p.at)));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = first === last ? 86_400_000 : (last - first) * 0.05;
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    locale: intl,
    scales: {
      x: {
        ...AXIS,
        type: 'linear',
        min: first - pad,
        max: last + pad,
        ticks: { ...AXIS.ticks, maxTicksLimit: 4, callback: (v) => day.format(Number(v)) },
      },
      y: { ...AXIS, min: 0, max: 10, ticks: { ...AXIS.ticks, stepSize: 2 } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: '#333', usePointStyle: true } },
      tooltip: { callbacks: { title: (items) => (items[0] ? day.format(items[0].parsed.x ?? 0) : '') } },
    },
  };
  const label = t('hc.chart.trendLabel', {
    count: Math.max(...series.map((d) => d.points.length)),
    from: day.format(first),
    to: day.format(last),
  });
  return (
    <figure className="wp-hc-chart">
      <div className="wp-hc-chart__canvas wp-hc-chart__canvas--tall">
        <Line
          role="img"
          aria-label={label}
          fallbackContent={<p>{t('hc.chart.fallback')}</p>}
          options={options}
          data={{
            datasets: series.map((d) => ({
              label: t(`hc.domain.${d.domain}` as MessageKey),
              data: d.points.map((p) => ({ x: Date.parse(p.at), y: p.score })),
              borderColor: DOMAIN_STYLE[d.domain].colour,
              backgroundColor: DOMAIN_STYLE[d.domain].colour,
              pointStyle: DOMAIN_STYLE[d.domain].point,
              pointRadius: 5,
              borderWidth: 2,
              tension: 0,
            })),
          }}
        />
      </div>
    </figure>
  );
}
