// Mijn gegevens (/mijn-gegevens): the resident's AVG rights. Download a copy of everything (readable or
// FHIR), and delete the account after seeing what goes and what stays, with the password and one more
// "are you sure".
import {
  Button,
  ButtonGroup,
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import type { LoginState } from '../../components/RequireAuth.tsx';
import { useForm } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useSession } from '../../session.tsx';
import { dataRightsApi, exportUrl, type DeletionPlan } from './api.ts';

export function MyDataPage() {
  const { t } = useI18n();
  const plan = useLoad(dataRightsApi.plan);
  return (
    <>
      <PageTitle>{t('myData.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('myData.intro')}</Paragraph>
      </div>
      <section className="wp-section" aria-labelledby="my-data-copy">
        <Heading2 id="my-data-copy">{t('myData.copyHeading')}</Heading2>
        <Paragraph>{t('myData.copyIntro')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            <Link href={exportUrl('html')} download>
              {t('myData.readable')}
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href={exportUrl('fhir')} download>
              {t('myData.fhir')}
            </Link>
          </UnorderedListItem>
        </UnorderedList>
      </section>
      <section className="wp-section" aria-labelledby="my-data-delete">
        <Heading2 id="my-data-delete">{t('myData.deleteHeading')}</Heading2>
        <LoadState load={plan}>{(data) => <DeleteAccount plan={data} />}</LoadState>
      </section>
    </>
  );
}

function DeleteAccount({ plan }: { plan: DeletionPlan }) {
  const { t, formatNumber } = useI18n();
  const { logout } = useSession();
  const navigate = useNavigate();
  const form = useForm('delete-account', { password: '' });
  const [confirming, setConfirming] = useState(false);

  if (!plan.allowed) return <Paragraph>{t('myData.notAllowed')}</Paragraph>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.values.password) {
      form.fail({ password: t('myData.passwordMissing') });
      return;
    }
    setConfirming(true);
  };
  const remove = () => {
    void form
      .submit(async () => {
        await dataRightsApi.deleteAccount(form.values.password);
        await logout();
        const state: LoginState = { notice: 'accountDeleted' };
        void navigate('/inloggen', { replace: true, state });
      })
      .then((ok) => {
        if (!ok) setConfirming(false);
      });
  };

  return (
    <>
      <Paragraph>{t('myData.deleted')}</Paragraph>
      <UnorderedList>
        {plan.deleted.map((d) => (
          <UnorderedListItem key={d.what}>
            {d.count === null ? d.what : t('myData.count', { what: d.what, count: formatNumber(d.count) })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('myData.kept')}</Paragraph>
      <UnorderedList>
        {plan.kept.map((k) => (
          <UnorderedListItem key={k.what}>
            {t('myData.keptItem', { what: k.what, why: k.why })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <strong>{t('myData.warning')}</strong>
      </Paragraph>
      <FormFeedback
        form={form}
        labels={{ password: t('myData.password') }}
        problemTitle={t('myData.problemTitle')}
      />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('password')}
          label={t('myData.password')}
          description={t('myData.passwordDescription')}
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button">
              {t('myData.deleteButton')}
            </Button>
          </ButtonGroup>
        )}
      </form>
      {confirming && (
        <>
          <Notice type="warning">{t('myData.confirm')}</Notice>
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={remove} disabled={form.busy}>
              {t('myData.confirmButton')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('myData.cancel')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </>
  );
}
