// "Noodtoegang" (/gedeelde-dossiers/noodtoegang): a treating professional who must see a record now, without
// consent, gives the resident's e-mail address and a reason, and is warned first that the resident and the
// coordinator are told and that it lasts 24 hours. On success the resident's record opens.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { consentApi, SHARED_PATH, sharedRecordPath } from './api.ts';
import { TextAreaField } from './fields.tsx';

const EMPTY = { residentEmail: '', reason: '' };

export function EmergencyPage() {
  const { t } = useI18n();
  // The server says whether this professional treats, and so may use emergency access.
  const shared = useLoad(() => consentApi.shared());
  return (
    <>
      <PageTitle>{t('emergency.title')}</PageTitle>
      <Paragraph>
        <AppLink to={SHARED_PATH}>{t('shared.back')}</AppLink>
      </Paragraph>
      <LoadState load={shared}>
        {(data) =>
          data.emergencyAllowed ? (
            <EmergencyForm />
          ) : (
            <Alert type="info">
              <Paragraph>{t('emergency.notAllowed')}</Paragraph>
            </Alert>
          )
        }
      </LoadState>
    </>
  );
}

function EmergencyForm() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const form = useKeptForm('emergency', `${me.id}.emergency`, EMPTY);
  const { values } = form;
  const labels = { residentEmail: t('emergency.email'), reason: t('emergency.reason') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const out = await consentApi
        .emergencyByEmail(values.residentEmail.trim(), values.reason)
        .catch((error: unknown) => {
          // No resident with this address: say so at the field.
          if (error instanceof ApiError && error.status === 404) {
            const { status, code, title, detail } = error;
            throw new ApiError({
              status,
              code,
              title,
              detail,
              errors: [{ path: 'body.residentEmail', message: t('emergency.notFound') }],
            });
          }
          throw error;
        });
      form.clear();
      void navigate(sharedRecordPath(out.residentId, { purpose: 'treatment', purposeRef: null }));
    });
  };

  return (
    <>
      <div className="wp-narrow">
        <Alert type="warning">
          <Heading2 className="wp-feedback__heading">{t('emergency.warningTitle')}</Heading2>
          <Paragraph>{t('emergency.warning')}</Paragraph>
        </Alert>
      </div>
      <FormFeedback form={form} labels={labels} problemTitle={t('emergency.failed')} />
      <form onSubmit={onSubmit} noValidate aria-label={t('emergency.title')}>
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
        <TextAreaField
          id={form.idFor('reason')}
          label={labels.reason}
          description={t('emergency.reasonDescription')}
          required
          maxLength={1000}
          value={values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={form.busy}>
            {t('emergency.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
