// Aanmelden via Wijkpunt (/verwijzingen/aanmelden/:serviceId): a resident signs up for a service of the
// social map herself — why, what she hopes for, perhaps one of its dated sessions, how she wants to be
// contacted, and, if she wants, parts of her own record the provider may read. It becomes a self-referral
// (POST /api/v1/referrals with her own residentId); on its page she can withdraw it. What she typed is kept
// across a reload; the server names every problem, at its field where there is one.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxGroup, RequiredNote } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import type { PublicService } from '../map/api.ts';
import { CATEGORIES, type RecordCategory } from '../record/api.ts';
import {
  newReferralPath,
  referralPath,
  referralsApi,
  servicePath,
  type ArrivalState,
  type NeedTerm,
  type NewReferral,
} from './api.ts';
import { atFields, under } from './fieldPaths.ts';
import { SessionChoice } from './SessionChoice.tsx';
import { KeptNotice } from '../../components/KeptNotice.tsx';

export function SelfReferralPage() {
  const { serviceId = '' } = useParams();
  const data = useLoad(
    () =>
      Promise.all([referralsApi.service(serviceId), referralsApi.needs()]).then(([service, needs]) => ({
        service,
        needs,
      })),
    serviceId,
  );
  return (
    <LoadState load={data}>{({ service, needs }) => <SignUp service={service} needs={needs} />}</LoadState>
  );
}

const EMPTY = {
  reason: '',
  needs: [] as string[],
  session: '',
  contactBy: '',
  categories: [] as string[],
};

function fieldOf(p: string): string | undefined {
  if (under(p, 'body.to.sessionId')) return 'session';
  if (under(p, 'body.consent')) return 'categories';
  if (under(p, 'body.preferences.contactBy')) return 'contactBy';
  return undefined;
}

function SignUp({ service, needs }: { service: PublicService; needs: NeedTerm[] }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const residentId = me.user.residentId;
  const organisation = service.organization?.name ?? service.name;
  const form = useKeptForm('referral-self', `${me.id}.referral-self.${service.id}`, EMPTY);
  const { values } = form;

  const labels = {
    reason: t('referrals.self.reason'),
    needs: t('referrals.self.hope'),
    session: t('referrals.self.sessionLegend'),
    contactBy: t('referrals.self.contactBy', { organisation }),
    categories: t('referrals.self.parts', { organisation }),
  };

  const header = (
    <>
      <PageTitle>{t('referrals.self.title', { name: service.name })}</PageTitle>
      <Paragraph>
        <AppLink to={servicePath(service.id)}>
          {t('referrals.self.backToService', { name: service.name })}
        </AppLink>
      </Paragraph>
    </>
  );
  if (!residentId) {
    return (
      <>
        {header}
        <Alert type="info">
          <Paragraph>{t('referrals.self.onlyResidents')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to={newReferralPath()}>{t('referrals.newLink')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!service.takes_referrals) {
    return (
      <>
        {header}
        <Alert type="info">
          <Paragraph>{t('referrals.self.notHere')}</Paragraph>
        </Alert>
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const body: NewReferral = {
        residentId,
        to: { serviceId: service.id, ...(values.session ? { sessionId: values.session } : {}) },
        reason: values.reason,
        needs: values.needs,
        consent: {
          categories: values.categories.filter((c): c is RecordCategory => CATEGORIES.some((x) => x === c)),
        },
        urgency: 'routine',
        preferences: values.contactBy ? { contactBy: values.contactBy } : {},
      };
      const created = await referralsApi.create(body).catch(atFields(fieldOf));
      const state: ArrivalState = { notice: t('referrals.self.sent', { name: service.name, organisation }) };
      form.clear();
      await navigate(referralPath(created.id), { state });
    });
  };

  return (
    <>
      {header}
      <div className="wp-narrow">
        <Paragraph>{t('referrals.self.intro', { organisation })}</Paragraph>
      </div>
      <KeptNotice form={form} text={t('referrals.form.restored')} clearLabel={t('referrals.form.clear')} />
      <FormFeedback form={form} labels={labels} problemTitle={t('referrals.self.failed')} />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextAreaField
          id={form.idFor('reason')}
          label={labels.reason}
          description={t('referrals.self.reasonDescription')}
          required
          maxLength={2000}
          value={values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
        />
        <Paragraph small>{t('referrals.self.hopeDescription')}</Paragraph>
        <CheckboxGroup
          id={form.idFor('needs')}
          legend={labels.needs}
          options={needs.map((n) => ({ value: n.code, label: n.name }))}
          value={values.needs}
          onChange={(v) => form.set('needs', v)}
          error={form.errors.needs}
        />
        {service.sessions.length > 0 && (
          <SessionChoice
            id={form.idFor('session')}
            legend={labels.session}
            description={t('referrals.self.sessionDescription')}
            none={t('referrals.self.sessionNone')}
            sessions={service.sessions}
            value={values.session}
            onChange={(v) => form.set('session', v)}
            error={form.errors.session}
          />
        )}
        <RadioGroup
          id={form.idFor('contactBy')}
          legend={labels.contactBy}
          options={[
            { value: '', label: t('referrals.form.noPreference') },
            ...(['phone', 'email', 'letter'] as const).map((c) => ({
              value: c,
              label: t(`referrals.contact.${c}`),
            })),
          ]}
          value={values.contactBy}
          onChange={(v) => form.set('contactBy', v)}
          error={form.errors.contactBy}
        />
        <div className="wp-narrow">
          <Paragraph small>{t('referrals.self.partsDescription', { organisation })}</Paragraph>
        </div>
        <CheckboxGroup
          id={form.idFor('categories')}
          legend={labels.categories}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`record.cat.${c}`) }))}
          value={values.categories}
          onChange={(v) => form.set('categories', v)}
          error={form.errors.categories}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('referrals.self.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
