// /kaart/dubbelen/:id — one pair: both records side by side, the choice of values, merge or keep apart,
// and once decided the decision with "Ongedaan maken". The result of each action is announced in a
// live region and the pair is loaded again.
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDay } from '../map-editing/status.ts';
import { mapDedupeApi, type Pair } from './api.ts';
import { CompareTable, type Choices } from './CompareTable.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';
import { formatPercent, kindLabel, statusLabel } from './labels.ts';
import { LiveStatus } from './LiveStatus.tsx';
import { paths } from './paths.ts';

export function PairPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const pair = useLoad(() => mapDedupeApi.pair(id), id);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Paragraph>
        <AppLink to={paths.duplicates}>{t('mapDedupe.pair.back')}</AppLink>
      </Paragraph>
      {pair.status !== 'ready' && <Heading1>{t('mapDedupe.pair.loadingTitle')}</Heading1>}
      <LiveStatus message={message} />
      <LoadState load={pair}>
        {(p) => (
          <>
            <PageTitle>{t('mapDedupe.pair.title', { a: p.a.name, b: p.b.name })}</PageTitle>
            <Facts pair={p} />
            <Decide
              pair={p}
              onDone={(text) => {
                setMessage(text);
                pair.reload();
              }}
              onStart={() => setMessage(null)}
            />
            <DecisionHistory pair={p} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Facts({ pair: p }: { pair: Pair }) {
  const { t, locale, formatDateTime } = useI18n();
  return (
    <DataList>
      <DataListItem>
        <DataListKey>{t('mapDedupe.pair.state')}</DataListKey>
        <DataListValue>{statusLabel(p.status, t)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('mapDedupe.pair.kind')}</DataListKey>
        <DataListValue>{kindLabel(p.kind, t)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('mapDedupe.pair.score')}</DataListKey>
        <DataListValue>
          {t('mapDedupe.pair.scoreValue', { percent: formatPercent(p.score, locale) })}
        </DataListValue>
      </DataListItem>
      {p.decidedAt && (
        <DataListItem>
          <DataListKey>{t('mapDedupe.pair.decided')}</DataListKey>
          <DataListValue>
            {p.automatic && p.status === 'merged'
              ? t('mapDedupe.pair.decidedAutomatic', { date: formatDateTime(p.decidedAt) })
              : formatDateTime(p.decidedAt)}
          </DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}

type Action = 'merge' | 'keepApart' | 'undo';

const asApiError = (error: unknown) =>
  error instanceof ApiError
    ? error
    : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });

function Decide({
  pair: p,
  onDone,
  onStart,
}: {
  pair: Pair;
  onDone: (message: string) => void;
  onStart: () => void;
}) {
  const { t, locale } = useI18n();
  const [choices, setChoices] = useState<Choices>({});
  const [busy, setBusy] = useState<Action | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [cleared, setCleared] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosen = Object.keys(choices).length;
  // The map's rule: the most recently verified record's value wins.
  const newest = p.a.verifiedAt >= p.b.verifiedAt ? p.a : p.b;

  const act = async (action: Action) => {
    setBusy(action);
    setProblem(null);
    onStart();
    try {
      let text: string;
      if (action === 'merge') {
        await mapDedupeApi.merge(p.id, choices);
        text = t('mapDedupe.pair.didMerge');
      } else if (action === 'keepApart') {
        await mapDedupeApi.keepApart(p.id);
        text = t('mapDedupe.pair.didKeepApart');
      } else {
        const result = await mapDedupeApi.undo(p.id);
        text = t(result.status === 'unmerged' ? 'mapDedupe.pair.didUnmerge' : 'mapDedupe.pair.didReopen');
      }
      // A decided (or reopened) pair starts again without choices.
      setChoices({});
      setCleared(false);
      onDone(text);
      // The button that was used goes away: continue from this section's heading.
      headingRef.current?.focus();
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setBusy(null);
    }
  };

  const decidedText = () => {
    const date = formatDay(p.decidedAt, locale);
    switch (p.status) {
      case 'merged':
        return t('mapDedupe.pair.isMerged', { date });
      case 'kept_apart':
        return t('mapDedupe.pair.isKeptApart', { date });
      case 'unmerged':
        return t('mapDedupe.pair.isUnmerged', { date });
      case 'review':
        return '';
    }
  };

  return (
    <>
      <section className="wp-section" aria-labelledby="dedupe-compare-heading">
        <Heading2 id="dedupe-compare-heading">{t('mapDedupe.pair.compareHeading')}</Heading2>
        <Paragraph>{t('mapDedupe.pair.compareIntro')}</Paragraph>
        {p.canDecide && <Paragraph>{t('mapDedupe.pair.rule', { source: newest.source })}</Paragraph>}
        <CompareTable
          pair={p}
          {...(p.canDecide && {
            choices,
            onChoose: (field: string, side: 'a' | 'b') => {
              setCleared(false);
              setChoices((c) => ({ ...c, [field]: side }));
            },
          })}
        />
        {p.canDecide && chosen > 0 && (
          <>
            <Paragraph>{t('mapDedupe.pair.chosen', { count: chosen })}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setChoices({});
                  setCleared(true);
                }}
              >
                {t('mapDedupe.pair.clearChoices')}
              </Button>
            </ButtonGroup>
          </>
        )}
        <div role="status">{cleared && <Paragraph>{t('mapDedupe.pair.choicesCleared')}</Paragraph>}</div>
      </section>
      <section className="wp-section" aria-labelledby="dedupe-decide-heading">
        <Heading2 id="dedupe-decide-heading" ref={headingRef} tabIndex={-1}>
          {t('mapDedupe.pair.decideHeading')}
        </Heading2>
        {problem && (
          <Alert type="error">
            <Paragraph>
              <strong>{t('mapDedupe.failed')}</strong>
            </Paragraph>
            <Paragraph>{problemMessage(problem, t)}</Paragraph>
            {problem.errors.length > 0 && (
              <UnorderedList>
                {problem.errors.map((e, i) => (
                  <UnorderedListItem key={i}>{e.message}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </Alert>
        )}
        {p.canDecide && (
          <>
            <Paragraph>{t('mapDedupe.pair.decideIntro')}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={busy === 'merge'}
                disabled={busy !== null}
                onClick={() => void act('merge')}
              >
                {t('mapDedupe.pair.merge')}
              </Button>
              <Button
                appearance="secondary-action-button"
                busy={busy === 'keepApart'}
                disabled={busy !== null}
                onClick={() => void act('keepApart')}
              >
                {t('mapDedupe.pair.keepApart')}
              </Button>
            </ButtonGroup>
          </>
        )}
        {p.canUndo && (
          <>
            <Paragraph>{decidedText()}</Paragraph>
            <Paragraph>
              {p.status === 'merged' ? t('mapDedupe.pair.undoMergedHelp') : t('mapDedupe.pair.undoOtherHelp')}
            </Paragraph>
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                busy={busy === 'undo'}
                disabled={busy !== null}
                onClick={() => void act('undo')}
              >
                {t('mapDedupe.pair.undo')}
              </Button>
            </ButtonGroup>
          </>
        )}
      </section>
    </>
  );
}
