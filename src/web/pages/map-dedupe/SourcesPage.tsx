// /kaart/bronnen — the sources behind the map (with an edit form and the conflict report per source),
// "Dubbelen zoeken" now, and the thresholds per region.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapDedupeApi } from './api.ts';
import { LiveStatus } from './LiveStatus.tsx';
import { paths } from './paths.ts';
import { SourceList } from './SourceList.tsx';
import { ThresholdsSection } from './ThresholdsSection.tsx';

export function SourcesPage() {
  const { t } = useI18n();
  // The run changes the sources' counts: the list loads again afterwards.
  const [runs, setRuns] = useState(0);
  return (
    <>
      <PageTitle>{t('mapDedupe.sources.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('mapDedupe.sources.intro')}</Paragraph>
        <Paragraph>
          <AppLink to={paths.duplicates}>{t('mapDedupe.sources.toQueue')}</AppLink>
        </Paragraph>
      </div>
      <RunSection onRun={() => setRuns((n) => n + 1)} />
      <SourceList reloadKey={String(runs)} />
      <ThresholdsSection />
    </>
  );
}

function RunSection({ onRun }: { onRun: () => void }) {
  const { t, formatNumber } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setProblem(null);
    setMessage(t('mapDedupe.run.busy'));
    try {
      const { counts: c } = await mapDedupeApi.run();
      setMessage(
        t('mapDedupe.run.done', {
          records: formatNumber(c.records),
          newMerged: formatNumber(c.newMerged),
          newReview: formatNumber(c.newReview),
          merged: formatNumber(c.merged),
          review: formatNumber(c.review),
        }),
      );
      onRun();
    } catch (error) {
      setMessage(null);
      setProblem(error instanceof ApiError ? problemMessage(error, t) : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="wp-section wp-narrow" aria-labelledby="dedupe-run-heading">
      <Heading2 id="dedupe-run-heading">{t('mapDedupe.run.heading')}</Heading2>
      <Paragraph>{t('mapDedupe.run.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void run()}>
          {t('mapDedupe.run.button')}
        </Button>
      </ButtonGroup>
      <LiveStatus message={message} type={busy ? 'info' : 'ok'} />
      {problem && <Notice type="error">{problem}</Notice>}
      {message && !busy && (
        <Paragraph>
          <AppLink to={paths.duplicates}>{t('mapDedupe.run.toQueue')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}
