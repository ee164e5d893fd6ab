import { Alert, ButtonGroup, Button, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { AppLink } from '../components/AppLink.tsx';
import { RequiredNote, TextField } from '../components/fields.tsx';
import { FormFeedback } from '../components/FormFeedback.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import type { LoginState } from '../components/RequireAuth.tsx';
import { useForm } from '../components/useForm.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session.tsx';

function targetAfterLogin(state: LoginState): string {
  const from = state.from;
  if (!from || from.pathname.startsWith('/inloggen')) return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { t } = useI18n();
  const { state, login } = useSession();
  const location = useLocation();
  const loginState = (location.state ?? {}) as LoginState;
  const form = useForm('login', { email: '', password: '' });

  if (state.status === 'authenticated') return <Navigate to={targetAfterLogin(loginState)} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      await login(form.values.email.trim(), form.values.password);
    });
  };

  const cameFromPage = loginState.from && loginState.from.pathname !== '/';
  return (
    <div className="wp-narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      {loginState.notice === 'loggedOut' && <Notice>{t('login.loggedOut')}</Notice>}
      {loginState.notice === 'passwordChanged' && <Notice>{t('login.passwordChanged')}</Notice>}
      {loginState.notice === 'accountDeleted' && <Notice>{t('login.accountDeleted')}</Notice>}
      {cameFromPage && (
        <Alert type="info">
          <Paragraph>{t('login.needLogin')}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('login.intro')}</Paragraph>
      <FormFeedback
        form={form}
        labels={{ email: t('login.email'), password: t('login.password') }}
        problemTitle={t('login.failed')}
      />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('email')}
          label={t('login.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <TextField
          id={form.idFor('password')}
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('login.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>
        <AppLink to="/wachtwoord-vergeten">{t('login.forgot')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to="/sociale-kaart">{t('login.socialMap')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to="/gezondheidscheck">{t('hc.homeLink')}</AppLink>
      </Paragraph>
    </div>
  );
}
