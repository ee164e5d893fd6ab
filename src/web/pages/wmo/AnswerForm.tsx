// The GP's structured advice: limitations in daily life, the prognosis, the answer to the question and
// (if any) a recommendation. Sent once; the consultant and the resident read it.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { RequiredNote } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import { KeptNotice } from '../../components/KeptNotice.tsx';
import { PROGNOSES, wmoApi, type AdviceView } from './api.ts';
import { prognosisWord } from './words.ts';

const EMPTY = { limitations: '', prognosis: '', answer: '', recommendation: '' };

export function AnswerForm({ a, onAnswered }: { a: AdviceView; onAnswered: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const form = useKeptForm('wmo-answer', `${me.id}.wmo-answer.${a.id}`, EMPTY);
  const { values } = form;
  const labels = {
    limitations: t('wmo.advice.limitations'),
    prognosis: t('wmo.advice.prognosis'),
    answer: t('wmo.answer.answer'),
    recommendation: t('wmo.answer.recommendation'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const recommendation = values.recommendation.trim();
      await wmoApi.answer(a.id, {
        limitations: values.limitations.trim(),
        prognosis: values.prognosis,
        answer: values.answer.trim(),
        ...(recommendation ? { recommendation } : {}),
      });
      form.clear();
      onAnswered();
    });
  };

  return (
    <section className="wp-section" aria-labelledby="wmo-answer-heading">
      <Heading2 id="wmo-answer-heading">{t('wmo.answer.heading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.answer.intro')}</Paragraph>
      </div>
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('wmo.answer.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="wmo-answer-heading">
        <RequiredNote />
        <TextAreaField
          id={form.idFor('limitations')}
          label={labels.limitations}
          description={t('wmo.answer.limitationsDescription')}
          required
          maxLength={4000}
          value={values.limitations}
          onChange={(v) => form.set('limitations', v)}
          error={form.errors.limitations}
        />
        <RadioGroup
          id={form.idFor('prognosis')}
          legend={
            <>
              {labels.prognosis}
              <span className="wp-required" aria-hidden="true">
                {' *'}
              </span>
            </>
          }
          options={PROGNOSES.map((p) => ({ value: p, label: prognosisWord(p, i18n) }))}
          value={values.prognosis}
          onChange={(v) => form.set('prognosis', v)}
          error={form.errors.prognosis}
        />
        <TextAreaField
          id={form.idFor('answer')}
          label={labels.answer}
          description={t('wmo.answer.answerDescription')}
          required
          maxLength={4000}
          value={values.answer}
          onChange={(v) => form.set('answer', v)}
          error={form.errors.answer}
        />
        <TextAreaField
          id={form.idFor('recommendation')}
          label={labels.recommendation}
          description={t('wmo.answer.recommendationDescription')}
          maxLength={4000}
          value={values.recommendation}
          onChange={(v) => form.set('recommendation', v)}
          error={form.errors.recommendation}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('wmo.answer.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
