// /kaart/dubbelen — the review queue: pairs of entries that may be duplicates, by state (in the URL:
// ?status=…&soort=…&pagina=…), with both names, sources, places and the score; each links to the pair.
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/fields.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import {
  mapDedupeApi,
  PAIR_KINDS,
  PAIR_STATUSES,
  type PairKind,
  type PairStatus,
  type PairSide,
  type PairSummary,
} from './api.ts';
import { formatPercent, kindLabel, statusLabel } from './labels.ts';
import { Pager } from './Pager.tsx';
import { paths } from './paths.ts';

const asStatus = (v: string | null): PairStatus => PAIR_STATUSES.find((s) => s === v) ?? 'review';
const asKind = (v: string | null): PairKind | undefined => PAIR_KINDS.find((k) => k === v);

export function QueuePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  const kind = asKind(params.get('soort'));
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [chosen, setChosen] = useState<{ status: string; kind: string }>({ status, kind: kind ?? '' });
  const [shownFor, setShownFor] = useState(`${status}|${kind}`);
  const list = useLoad(() => mapDedupeApi.pairs({ status, kind, page }), `${status}|${kind}|${page}`);

  // Back and forward in the browser change the URL: the filter follows it.
  if (shownFor !== `${status}|${kind}`) {
    setShownFor(`${status}|${kind}`);
    setChosen({ status, kind: kind ?? '' });
  }

  const go = (next: { status: PairStatus; kind?: PairKind; page: number }) => {
    const query: Record<string, string> = { status: next.status };
    if (next.kind) query.soort = next.kind;
    if (next.page > 1) query.pagina = String(next.page);
    setParams(query);
  };
  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    go({ status: asStatus(chosen.status), kind: asKind(chosen.kind), page: 1 });
  };

  return (
    <>
      <PageTitle>{t('mapDedupe.queue.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('mapDedupe.queue.intro')}</Paragraph>
        <Paragraph>
          <AppLink to={paths.sources}>{t('mapDedupe.queue.toSources')}</AppLink>
        </Paragraph>
      </div>
      <form
        className="wp-dedupe-filter"
        aria-label={t('mapDedupe.queue.filter')}
        onSubmit={onFilter}
        noValidate
      >
        <SelectField
          id="dedupe-status"
          label={t('mapDedupe.queue.status')}
          options={PAIR_STATUSES.map((s) => ({ value: s, label: statusLabel(s, t) }))}
          value={chosen.status}
          onChange={(v) => setChosen((c) => ({ ...c, status: v }))}
        />
        <SelectField
          id="dedupe-kind"
          label={t('mapDedupe.queue.kind')}
          placeholder={t('mapDedupe.queue.allKinds')}
          options={PAIR_KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))}
          value={chosen.kind}
          onChange={(v) => setChosen((c) => ({ ...c, kind: v }))}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            {t('mapDedupe.queue.show')}
          </Button>
        </ButtonGroup>
      </form>
      <LoadState load={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph role="status">
              {t('mapDedupe.queue.none', { status: statusLabel(status, t) })}
            </Paragraph>
          ) : (
            <>
              <Paragraph role="status">
                {data.total === 1
                  ? t('mapDedupe.queue.countOne', { status: statusLabel(status, t) })
                  : t('mapDedupe.queue.countMany', { count: data.total, status: statusLabel(status, t) })}
              </Paragraph>
              <PairTable pairs={data.items} decided={status !== 'review'} />
              <Pager
                page={data.page}
                pages={Math.ceil(data.total / data.perPage)}
                onPage={(p) => go({ status, kind, page: p })}
              />
            </>
          )
        }
      </LoadState>
    </>
  );
}

function Side({ side }: { side: PairSide }) {
  const { t } = useI18n();
  const place = [side.postalCode, side.city].filter(Boolean).join(' ');
  return (
    <>
      <span className="wp-dedupe-name">{side.name}</span>
      <span className="wp-dedupe-line">{t('mapDedupe.queue.source', { source: side.source })}</span>
      {place && <span className="wp-dedupe-line">{t('mapDedupe.queue.place', { place })}</span>}
    </>
  );
}

function PairTable({ pairs, decided }: { pairs: PairSummary[]; decided: boolean }) {
  const { t, locale, formatDateTime } = useI18n();
  return (
    <DataTable<PairSummary>
      caption={t('mapDedupe.queue.caption')}
      rows={pairs}
      rowKey={(p) => p.id}
      columns={[
        {
          header: t('mapDedupe.queue.colOpen'),
          rowHeader: true,
          cell: (p) => (
            <AppLink to={paths.pair(p.id)}>
              {t('mapDedupe.queue.open')}
              <span className="wp-visually-hidden">
                {': '}
                {t('mapDedupe.queue.openLabel', { a: p.a.name, b: p.b.name })}
              </span>
            </AppLink>
          ),
        },
        { header: t('mapDedupe.queue.colFirst'), cell: (p) => <Side side={p.a} /> },
        { header: t('mapDedupe.queue.colSecond'), cell: (p) => <Side side={p.b} /> },
        { header: t('mapDedupe.queue.colKind'), cell: (p) => kindLabel(p.kind, t) },
        {
          header: t('mapDedupe.queue.colScore'),
          numeric: true,
          cell: (p) => formatPercent(p.score, locale),
        },
        ...(decided
          ? [
              {
                header: t('mapDedupe.queue.colDecided'),
                cell: (p: PairSummary) =>
                  p.decidedAt
                    ? `${formatDateTime(p.decidedAt)}${p.automatic && p.status === 'merged' ? ` (${t('mapDedupe.queue.automatic')})` : ''}`
                    : '',
              },
            ]
          : []),
      ]}
    />
  );
}
