import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { AppLink } from '../components/AppLink.tsx';
import { RequiredNote, TextField } from '../components/fields.tsx';
import { FormFeedback } from '../components/FormFeedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import type { LoginState } from '../components/RequireAuth.tsx';
import { useForm } from '../components/useForm.ts';
import { useI18n } from '../i18n/context.tsx';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm('reset', { password: '', passwordRepeat: '' });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (form.values.password !== form.values.passwordRepeat) {
      form.fail({ passwordRepeat: t('reset.mismatch') });
      return;
    }
    void form.submit(async () => {
      await api.confirmPasswordReset(token, form.values.password);
      const state: LoginState = { notice: 'passwordChanged' };
      await navigate('/inloggen', { state });
    });
  };

  const badToken = !token || form.problem?.code === 'invalid_token';
  return (
    <div className="wp-narrow">
      <PageTitle>{t('reset.title')}</PageTitle>
      {!token ? (
        <Alert type="error">
          <Paragraph>{t('reset.missingToken')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('reset.intro')}</Paragraph>
          <FormFeedback
            form={form}
            labels={{ password: t('reset.password'), passwordRepeat: t('reset.passwordRepeat') }}
          />
          <form onSubmit={onSubmit} noValidate>
            <RequiredNote />
            <TextField
              id={form.idFor('password')}
              label={t('reset.password')}
              type="password"
              autoComplete="new-password"
              required
              value={form.values.password}
              onChange={(v) => form.set('password', v)}
              error={form.errors.password}
            />
            <TextField
              id={form.idFor('passwordRepeat')}
              label={t('reset.passwordRepeat')}
              type="password"
              autoComplete="new-password"
              required
              value={form.values.passwordRepeat}
              onChange={(v) => form.set('passwordRepeat', v)}
              error={form.errors.passwordRepeat}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={form.busy}>
                {t('reset.submit')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
      {badToken && (
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{t('reset.requestNew')}</AppLink>
        </Paragraph>
      )}
    </div>
  );
}
