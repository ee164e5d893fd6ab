// The consultant records when the investigation was done, when the application came in (the decision clock
// starts) and the decision with its date (the clock stops). The server checks the dates and names a wrong
// one at its field; what was typed stays.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { TextAreaField } from '../consent/fields.tsx';
import { wmoApi, type WmoCase } from './api.ts';

const valuesOf = (c: WmoCase) => ({
  investigatedOn: c.investigatedOn ?? '',
  appliedOn: c.appliedOn ?? '',
  decidedOn: c.decidedOn ?? '',
  decision: c.decision ?? '',
});

export function DatesForm({ c, onSaved }: { c: WmoCase; onSaved: () => void }) {
  const { t } = useI18n();
  const form = useForm('wmo-dates', valuesOf(c));
  const { values } = form;
  const [saved, setSaved] = useState(0);
  const labels = {
    investigatedOn: t('wmo.dates.investigatedOn'),
    appliedOn: t('wmo.dates.appliedOn'),
    decidedOn: t('wmo.dates.decidedOn'),
    decision: t('wmo.dates.decision'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const updated = await wmoApi.updateCase(c.id, {
        investigatedOn: values.investigatedOn || null,
        appliedOn: values.appliedOn || null,
        decidedOn: values.decidedOn || null,
        decision: values.decision.trim() || null,
      });
      form.reset(valuesOf(updated));
      setSaved((n) => n + 1);
      onSaved();
    });
  };

  return (
    <section className="wp-section" aria-labelledby="wmo-dates-heading">
      <Heading2 id="wmo-dates-heading">{t('wmo.dates.heading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.dates.intro')}</Paragraph>
      </div>
      {saved > 0 && <Notice key={saved}>{t('wmo.dates.saved')}</Notice>}
      <FormFeedback form={form} labels={labels} problemTitle={t('wmo.dates.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="wmo-dates-heading">
        <TextField
          id={form.idFor('investigatedOn')}
          label={labels.investigatedOn}
          description={t('wmo.dates.investigatedOnDescription')}
          type="date"
          value={values.investigatedOn}
          onChange={(v) => form.set('investigatedOn', v)}
          error={form.errors.investigatedOn}
        />
        <TextField
          id={form.idFor('appliedOn')}
          label={labels.appliedOn}
          description={t('wmo.dates.appliedOnDescription')}
          type="date"
          value={values.appliedOn}
          onChange={(v) => form.set('appliedOn', v)}
          error={form.errors.appliedOn}
        />
        <TextField
          id={form.idFor('decidedOn')}
          label={labels.decidedOn}
          description={t('wmo.dates.decidedOnDescription')}
          type="date"
          value={values.decidedOn}
          onChange={(v) => form.set('decidedOn', v)}
          error={form.errors.decidedOn}
        />
        <TextAreaField
          id={form.idFor('decision')}
          label={labels.decision}
          description={t('wmo.dates.decisionDescription')}
          maxLength={4000}
          value={values.decision}
          onChange={(v) => form.set('decision', v)}
          error={form.errors.decision}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('wmo.dates.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
