// "Toestemming vragen" (/gedeelde-dossiers/toestemming-vragen): a professional asks a resident, by e-mail
// address, for consent for themselves or their organisation. The server answers the same whether or not
// the address belongs to anyone, and the page says so in plain words.
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxGroup, RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { CATEGORIES } from '../record/api.ts';
import { consentApi, PURPOSE_CHOICES, SHARED_PATH, type AskBody } from './api.ts';
import { RadioGroup, TextAreaField } from './fields.tsx';

const EMPTY = {
  residentEmail: '',
  for: 'me',
  purpose: '',
  categories: [] as string[],
  validUntil: '',
  note: '',
};

export function AskConsentPage() {
  const { t } = useI18n();
  const me = useMe();
  const form = useKeptForm('consent-ask', `${me.id}.consent-ask`, EMPTY);
  const { values } = form;
  const [sent, setSent] = useState(0);
  const organisation = me.memberships.find((m) => m.role === 'professional' && m.organisation)?.organisation;

  const labels = {
    residentEmail: t('ask.email'),
    for: t('ask.for'),
    purpose: t('ask.purpose'),
    categories: t('ask.parts'),
    validUntil: t('ask.until'),
    note: t('ask.note'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const body: AskBody = {
        residentEmail: values.residentEmail.trim(),
        for: values.for,
        purpose: values.purpose,
        categories: values.categories,
        ...(values.validUntil ? { validUntil: values.validUntil } : {}),
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      };
      await consentApi.ask(body);
      form.clear();
      setSent((n) => n + 1);
    });
  };

  return (
    <>
      <PageTitle>{t('ask.title')}</PageTitle>
      <Paragraph>
        <AppLink to={SHARED_PATH}>{t('shared.back')}</AppLink>
      </Paragraph>
      <div className="wp-narrow">
        <Paragraph>{t('ask.intro')}</Paragraph>
      </div>
      {sent > 0 && <Notice key={sent}>{t('ask.sent')}</Notice>}
      <FormFeedback form={form} labels={labels} problemTitle={t('ask.failed')} />
      <form onSubmit={onSubmit} noValidate aria-label={t('ask.title')}>
        <RequiredNote />
        <TextField
          id={form.idFor('residentEmail')}
          label={labels.residentEmail}
          type="email"
          autoComplete="off"
          required
          value={values.residentEmail}
          onChange={(v) => form.set('residentEmail', v)}
          error={form.errors.residentEmail}
        />
        <RadioGroup
          id={form.idFor('for')}
          legend={labels.for}
          value={values.for}
          onChange={(v) => form.set('for', v)}
          options={[
            { value: 'me', label: t('ask.forMe') },
            {
              value: 'organisation',
              label: t('ask.forOrganisation', { organisation: organisation?.name ?? '' }),
            },
          ]}
          error={form.errors.for}
        />
        <SelectField
          id={form.idFor('purpose')}
          label={labels.purpose}
          required
          value={values.purpose}
          onChange={(v) => form.set('purpose', v)}
          placeholder={t('form.choose')}
          options={PURPOSE_CHOICES.map((p) => ({ value: p, label: t(`consent.purpose.${p}`) }))}
          error={form.errors.purpose}
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
          options={CATEGORIES.map((c) => ({ value: c, label: t(`record.cat.${c}`) }))}
          value={values.categories}
          onChange={(v) => form.set('categories', v)}
          error={form.errors.categories}
        />
        <TextField
          id={form.idFor('validUntil')}
          label={labels.validUntil}
          type="date"
          required
          value={values.validUntil}
          onChange={(v) => form.set('validUntil', v)}
          error={form.errors.validUntil}
        />
        <TextAreaField
          id={form.idFor('note')}
          label={labels.note}
          description={t('ask.noteDescription')}
          maxLength={1000}
          value={values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('ask.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
