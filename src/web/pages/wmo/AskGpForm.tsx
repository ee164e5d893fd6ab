// The consultant asks a GP a question about this case, naming the parts of the record the advice may use.
// The resident decides: she gets the request in her Toestemmingen, and only when she says yes does the GP
// get the question and may the consultant read those parts.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CheckboxGroup, RequiredNote, SelectField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { TextAreaField } from '../consent/fields.tsx';
import { CATEGORIES, type RecordCategory } from '../record/api.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';
import { wmoApi, type WmoCase } from './api.ts';

const EMPTY = { gpId: '', question: '', categories: [] as string[] };
const isCategory = (v: string): v is RecordCategory => CATEGORIES.some((c) => c === v);

export function AskGpForm({ c, onAsked }: { c: WmoCase; onAsked: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const gps = useLoad(() => wmoApi.gps().then((r) => r.items));
  const form = useKeptForm('wmo-ask', `${me.id}.wmo-ask.${c.id}`, EMPTY);
  const { values } = form;
  const [asked, setAsked] = useState(0);
  const labels = {
    gpId: t('wmo.ask.gp'),
    question: t('wmo.ask.question'),
    categories: t('wmo.ask.parts'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      await wmoApi.askGp(c.id, {
        gpId: values.gpId,
        question: values.question.trim(),
        categories: values.categories.filter(isCategory),
      });
      form.clear();
      setAsked((n) => n + 1);
      onAsked();
    });
  };

  return (
    <section className="wp-section" aria-labelledby="wmo-ask-heading">
      <Heading2 id="wmo-ask-heading">{t('wmo.ask.heading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.ask.intro', { name: c.resident.name })}</Paragraph>
      </div>
      {asked > 0 && <Notice key={asked}>{t('wmo.ask.sent', { name: c.resident.name })}</Notice>}
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('wmo.ask.failed')} />
      <LoadState load={gps}>
        {(list) => (
          <form onSubmit={onSubmit} noValidate aria-labelledby="wmo-ask-heading">
            <RequiredNote />
            <SelectField
              id={form.idFor('gpId')}
              label={labels.gpId}
              required
              placeholder={t('form.choose')}
              options={list.map((g) => ({ value: g.id, label: `${g.name}, ${g.organisation.name}` }))}
              value={values.gpId}
              onChange={(v) => form.set('gpId', v)}
              error={form.errors.gpId}
            />
            <TextAreaField
              id={form.idFor('question')}
              label={labels.question}
              description={t('wmo.ask.questionDescription')}
              required
              maxLength={2000}
              value={values.question}
              onChange={(v) => form.set('question', v)}
              error={form.errors.question}
            />
            <CheckboxGroup
              id={form.idFor('categories')}
              legend={
                <>
                  {labels.categories}
                  <span className="wp-required" aria-hidden="true">
                    {' *'}
                  </span>
                </>
              }
              options={CATEGORIES.map((part) => ({ value: part, label: t(`record.cat.${part}`) }))}
              value={values.categories}
              onChange={(v) => form.set('categories', v)}
              error={form.errors.categories}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={form.busy}>
                {t('wmo.ask.submit')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </LoadState>
    </section>
  );
}
