// The number of referrals per month and neighbourhood as a bar chart (Chart.js, loaded only when shown). A
// suppressed count (1 to 9) has no bar. The chart is a picture with a name that points to the tables below
// it, the accessible alternative with every number.
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useI18n } from '../../i18n/context.tsx';

// Only what grouped bars need, so the chunk stays small.
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** Dark colours that differ from each other and reach well over 3:1 against white. */
const COLOURS = ['#1a4f8b', '#a4420f', '#2f6b2f', '#5b2a86', '#6b5a00'];

export interface ChartSeries {
  name: string;
  /** one value per month; null where the count is suppressed */
  values: (number | null)[];
}

export function FiguresChart({
  months,
  series,
  label,
}: {
  months: string[];
  series: ChartSeries[];
  label: string;
}) {
  const { t, locale, formatNumber } = useI18n();
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
    scales: {
      x: { ticks: { color: '#333' }, grid: { display: false } },
      y: {
        beginAtZero: true,
        ticks: { color: '#333', precision: 0 },
        grid: { color: '#ddd' },
      },
    },
    plugins: {
      legend: { labels: { color: '#333' } },
      tooltip: {
        callbacks: {
          label: (item) =>
            `${item.dataset.label ?? ''}: ${item.parsed.y === null ? t('referrals.fig.fewer') : formatNumber(item.parsed.y)}`,
        },
      },
    },
  };
  return (
    <figure className="wp-figures-chart">
      <div className="wp-figures-chart__canvas">
        <Bar
          role="img"
          aria-label={label}
          fallbackContent={<p>{t('referrals.fig.chartFallback')}</p>}
          options={options}
          data={{
            labels: months,
            datasets: series.map((s, i) => ({
              label: s.name,
              data: s.values,
              backgroundColor: COLOURS[i % COLOURS.length],
            })),
          }}
        />
      </div>
    </figure>
  );
}
