// The timeline (/mijn-dossier?deel=timeline): everything in the own record in order of date, newest first,
// 25 at a time; "Meer laden" adds the next (older) ones below, says how many came and moves the focus to the
// first of them, so a keyboard or screen reader user reads on where the list grew.
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useLoad } from '../../components/useLoad.ts';
import { ApiError } from '../../api.ts';
import { useI18n } from '../../i18n/context.tsx';
import { entriesApi, type Timeline, type TimelineItem } from './entriesApi.ts';
import { OWN_RECORD, ownEntryPath } from './source.ts';
import { dateText, statusText } from './words.ts';

export function TimelineSection() {
  const { t } = useI18n();
  const first = useLoad(() => entriesApi.timeline(), 'timeline');
  return (
    <>
      <Paragraph className="wp-no-print">
        <AppLink to={OWN_RECORD.overviewPath}>{t('record.back')}</AppLink>
      </Paragraph>
      <div className="wp-narrow">
        <Paragraph>{t('record.timeline.intro')}</Paragraph>
      </div>
      <LoadState load={first}>{(page) => <TimelineList first={page} />}</LoadState>
    </>
  );
}

function TimelineList({ first }: { first: Timeline }) {
  const { t, locale, formatNumber } = useI18n();
  const [items, setItems] = useState<TimelineItem[]>(first.items);
  const [next, setNext] = useState(first.next);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const linkId = (id: string) => `record-timeline-${id}`;

  useEffect(() => {
    if (focusId) document.getElementById(linkId(focusId))?.focus();
  }, [focusId]);

  const more = async () => {
    if (!next || busy) return;
    setBusy(true);
    setError(null);
    try {
      const page = await entriesApi.timeline(next);
      setItems((old) => [...old, ...page.items]);
      setNext(page.next);
      if (page.items[0]) setFocusId(page.items[0].id);
      setStatus(
        page.next
          ? t('record.timeline.loaded', { count: formatNumber(page.items.length) })
          : `${t('record.timeline.loaded', { count: formatNumber(page.items.length) })} ${t('record.timeline.end')}`,
      );
    } catch (e) {
      setError(
        problemMessage(
          e instanceof ApiError
            ? e
            : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
          t,
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  if (!items.length) return <Paragraph>{t('record.none')}</Paragraph>;
  return (
    <section className="wp-section" aria-labelledby="record-timeline-heading">
      <Heading2 id="record-timeline-heading" className="wp-visually-hidden">
        {t('record.timeline.caption')}
      </Heading2>
      <DataTable
        caption={t('record.timeline.caption')}
        captionHidden
        columns={[
          { header: t('record.date'), rowHeader: true, cell: (i) => dateText(locale, i.date) },
          {
            header: t('record.what'),
            cell: (i) => (
              <AppLink id={linkId(i.id)} to={ownEntryPath(i.id)}>
                {i.text}
              </AppLink>
            ),
          },
          { header: t('record.part'), cell: (i) => t(`record.cat.${i.part}`) },
          {
            header: t('record.timeline.from'),
            cell: (i) => (i.own ? t('record.timeline.fromOwn') : t('record.timeline.fromSource')),
          },
          { header: t('record.status'), cell: (i) => statusText(t, i.status) },
        ]}
        rows={items}
        rowKey={(i) => i.id}
      />
      <p className="wp-visually-hidden" role="status">
        {status}
      </p>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {next ? (
        <Button
          appearance="secondary-action-button"
          className="wp-no-print"
          busy={busy}
          onClick={() => void more()}
        >
          {t('record.timeline.more')}
        </Button>
      ) : (
        <Paragraph>{t('record.timeline.end')}</Paragraph>
      )}
      {first.undated > 0 && (
        <Paragraph>{t('record.timeline.undated', { count: formatNumber(first.undated) })}</Paragraph>
      )}
    </section>
  );
}
