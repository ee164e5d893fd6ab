import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import { mapApi } from './api.ts';
import type { ProblemKind } from './api.ts';

const KINDS: ProblemKind[] = ['wrong_phone', 'wrong_address', 'stopped', 'moved', 'other'];
const EMPTY = { kind: '', description: '', email: '' };

/** "Klopt er iets niet?": anyone can report a mistake; the entry's editors get it. */
export function ReportForm({ serviceId }: { serviceId: string }) {
  const { t } = useI18n();
  const form = useForm('report', EMPTY);
  const [sent, setSent] = useState(false);
  const { values, errors, idFor } = form;
  const labels = {
    kind: t('map.report.kind'),
    description: t('map.report.description'),
    email: t('map.report.email'),
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.submit(async () => {
      await mapApi.report(serviceId, {
        kind: values.kind as ProblemKind | '',
        description: values.description,
        email: values.email.trim() || null,
      });
    });
    if (ok) {
      form.reset(EMPTY);
      setSent(true);
    }
  };

  const describedBy = (name: keyof typeof EMPTY, help = false) =>
    [help && `${idFor(name)}-description`, errors[name] && `${idFor(name)}-error`]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <section className="map-section map-report map-noprint" aria-labelledby="map-report-heading">
      <Heading2 id="map-report-heading">{t('map.report.title')}</Heading2>
      {sent ? (
        <>
          <Notice>{t('map.report.thanks')}</Notice>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => setSent(false)}>
              {t('map.report.another')}
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="map-report-heading">
          <Paragraph>{t('map.report.intro')}</Paragraph>
          <FormFeedback form={form} labels={labels} problemTitle={t('map.report.failed')} />
          <Fieldset invalid={Boolean(errors.kind)} aria-describedby={describedBy('kind')}>
            <FieldsetLegend>{labels.kind}</FieldsetLegend>
            {errors.kind && (
              <FormFieldErrorMessage id={`${idFor('kind')}-error`}>{errors.kind}</FormFieldErrorMessage>
            )}
            {KINDS.map((kind, i) => {
              const id = i === 0 ? idFor('kind') : `${idFor('kind')}-${kind}`;
              return (
                <FormField key={kind} type="radio" className="wp-checkbox-field">
                  <RadioButton
                    id={id}
                    name={idFor('kind')}
                    value={kind}
                    checked={values.kind === kind}
                    invalid={Boolean(errors.kind)}
                    onChange={() => form.set('kind', kind)}
                  />
                  <FormLabel htmlFor={id} type="radio">
                    {t(`map.report.kind.${kind}` as MessageKey)}
                  </FormLabel>
                </FormField>
              );
            })}
          </Fieldset>
          <FormField
            invalid={Boolean(errors.description)}
            label={<FormLabel htmlFor={idFor('description')}>{labels.description}</FormLabel>}
            input={
              <>
                <FormFieldDescription id={`${idFor('description')}-description`}>
                  {t('map.report.descriptionHelp')}
                </FormFieldDescription>
                {errors.description && (
                  <FormFieldErrorMessage id={`${idFor('description')}-error`}>
                    {errors.description}
                  </FormFieldErrorMessage>
                )}
                <Textarea
                  id={idFor('description')}
                  name="description"
                  rows={4}
                  maxLength={2000}
                  value={values.description}
                  invalid={Boolean(errors.description)}
                  aria-describedby={describedBy('description', true)}
                  onChange={(e) => form.set('description', e.target.value)}
                />
              </>
            }
          />
          <TextField
            id={idFor('email')}
            name="email"
            label={labels.email}
            description={t('map.report.emailHelp')}
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={(v) => form.set('email', v)}
            error={errors.email}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('map.report.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
