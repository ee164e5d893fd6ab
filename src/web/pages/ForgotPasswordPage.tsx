import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { AppLink } from '../components/AppLink.tsx';
import { RequiredNote, TextField } from '../components/fields.tsx';
import { FormFeedback } from '../components/FormFeedback.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useForm } from '../components/useForm.ts';
import { useI18n } from '../i18n/context.tsx';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const form = useForm('forgot', { email: '' });
  const [sent, setSent] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(0);
    void form.submit(async () => {
      await api.requestPasswordReset(form.values.email.trim());
      setSent((n) => n + 1);
    });
  };

  return (
    <div className="wp-narrow">
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sent > 0 && <Notice>{t('forgot.sent')}</Notice>}
      <Paragraph>{t('forgot.intro')}</Paragraph>
      <FormFeedback form={form} labels={{ email: t('login.email') }} />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('email')}
          label={t('login.email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('forgot.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <AppLink to="/inloggen">{t('forgot.backToLogin')}</AppLink>
      </Paragraph>
    </div>
  );
}
