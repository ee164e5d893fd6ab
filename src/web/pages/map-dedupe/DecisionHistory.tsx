// The decisions on a pair, oldest first: when, who (or Wijkpunt itself), what — with the values chosen.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n, type I18n } from '../../i18n/context.tsx';
import type { Decision, Pair } from './api.ts';
import { actionLabel, fieldLabel } from './labels.ts';

export function DecisionHistory({ pair }: { pair: Pair }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="wp-section" aria-labelledby="dedupe-history-heading">
      <Heading2 id="dedupe-history-heading">{t('mapDedupe.history.heading')}</Heading2>
      {pair.decisions.length === 0 ? (
        <Paragraph>{t('mapDedupe.history.none')}</Paragraph>
      ) : (
        <DataTable<Decision>
          caption={t('mapDedupe.history.caption')}
          captionHidden
          rows={pair.decisions}
          rowKey={(d, i) => `${d.at}-${i}`}
          columns={[
            { header: t('mapDedupe.history.when'), cell: (d) => formatDateTime(d.at), rowHeader: true },
            { header: t('mapDedupe.history.who'), cell: (d) => d.by ?? t('mapDedupe.byWijkpunt') },
            { header: t('mapDedupe.history.what'), cell: (d) => describe(d, pair, t) },
          ]}
        />
      )}
    </section>
  );
}

/** The action in words; for a merge with chosen values also which field came from which source. */
function describe(d: Decision, pair: Pair, t: I18n['t']): string {
  const what = actionLabel(d.action, t);
  const values = d.details.values;
  if (d.action !== 'merge' || values === null || typeof values !== 'object') return what;
  const choices = Object.entries(values as Record<string, unknown>)
    .filter((e): e is [string, 'a' | 'b'] => e[1] === 'a' || e[1] === 'b')
    .map(([field, side]) =>
      t('mapDedupe.pair.chooseWhat', { field: fieldLabel(field, t), source: pair[side].source }),
    );
  return choices.length ? `${what}. ${t('mapDedupe.history.chosen', { choices: choices.join(', ') })}` : what;
}
