// The two thresholds of duplicate finding per region, typed as percentages (the API takes 0–1). The
// server's messages (e.g. "lower than the other threshold") appear at the field they belong to.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useForm } from '../../components/useForm.ts';
import type { FieldErrors } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapDedupeApi, type RegionSettings, type Settings } from './api.ts';
import { LiveStatus } from './LiveStatus.tsx';
import { asPercentText, parsePercent } from './percent.ts';

export function ThresholdsSection() {
  const { t } = useI18n();
  const settings = useLoad(() => mapDedupeApi.settings());
  return (
    <section className="wp-section wp-narrow" aria-labelledby="dedupe-thresholds-heading">
      <Heading2 id="dedupe-thresholds-heading">{t('mapDedupe.thresholds.heading')}</Heading2>
      <Paragraph>{t('mapDedupe.thresholds.intro')}</Paragraph>
      <LoadState load={settings}>
        {(s: Settings) =>
          s.items.length === 0 ? (
            <Paragraph>{t('mapDedupe.thresholds.none')}</Paragraph>
          ) : (
            s.items.map((region) => (
              <RegionForm key={region.regionId} region={region} defaults={s.defaults} />
            ))
          )
        }
      </LoadState>
    </section>
  );
}

function RegionForm({ region, defaults }: { region: RegionSettings; defaults: Settings['defaults'] }) {
  const { t, locale } = useI18n();
  const [current, setCurrent] = useState(region);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm(`dedupe-thresholds-${region.regionId}`, {
    autoMerge: asPercentText(region.autoMerge, locale),
    review: asPercentText(region.review, locale),
  });
  const labels = {
    autoMerge: t('mapDedupe.thresholds.autoMerge'),
    review: t('mapDedupe.thresholds.review'),
  };
  const headingId = `dedupe-thresholds-${region.regionId}-heading`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const autoMerge = parsePercent(form.values.autoMerge);
    const review = parsePercent(form.values.review);
    const errors: FieldErrors = {};
    if (autoMerge === null) errors.autoMerge = t('mapDedupe.thresholds.notPercent');
    if (review === null) errors.review = t('mapDedupe.thresholds.notPercent');
    if (autoMerge === null || review === null) {
      form.fail(errors);
      return;
    }
    void form.submit(async () => {
      const saved = await mapDedupeApi.updateSettings(region.regionId, { autoMerge, review });
      setCurrent(saved);
      form.reset({
        autoMerge: asPercentText(saved.autoMerge, locale),
        review: asPercentText(saved.review, locale),
      });
      setMessage(t('mapDedupe.thresholds.saved', { name: saved.regionName }));
    });
  };

  return (
    <section className="wp-section" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('mapDedupe.thresholds.region', { name: current.regionName })}</Heading3>
      {current.isDefault && <Paragraph>{t('mapDedupe.thresholds.isDefault')}</Paragraph>}
      <FormFeedback form={form} labels={labels} problemTitle={t('mapDedupe.edit.problemTitle')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        <TextField
          id={form.idFor('autoMerge')}
          label={labels.autoMerge}
          description={t('mapDedupe.thresholds.autoMergeHelp', {
            value: asPercentText(defaults.autoMerge, locale),
          })}
          inputMode="decimal"
          value={form.values.autoMerge}
          onChange={(x) => form.set('autoMerge', x)}
          error={form.errors.autoMerge}
        />
        <TextField
          id={form.idFor('review')}
          label={labels.review}
          description={t('mapDedupe.thresholds.reviewHelp', {
            value: asPercentText(defaults.review, locale),
          })}
          inputMode="decimal"
          value={form.values.review}
          onChange={(x) => form.set('review', x)}
          error={form.errors.review}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('mapDedupe.thresholds.save')}
            <span className="wp-visually-hidden">
              {t('mapDedupe.thresholds.saveFor', { name: current.regionName })}
            </span>
          </Button>
        </ButtonGroup>
      </form>
      <LiveStatus message={message} />
    </section>
  );
}
