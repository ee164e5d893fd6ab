// "Toestemming geven": whom (a person, an organisation, or a role there), what for, which parts, until when.
// The server checks everything and names the field; what the resident typed is kept across a reload.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { ApiError, DISCIPLINES } from '../../api.ts';
import { CheckboxGroup, RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { CATEGORIES } from '../record/api.ts';
import { consentApi, PURPOSE_CHOICES, type GrantBody } from './api.ts';
import { GranteePicker, type GranteeChoice } from './GranteePicker.tsx';
import { KeptNotice } from '../../components/KeptNotice.tsx';

const EMPTY = {
  q: '',
  grantee: '',
  granteeName: '',
  granteeLabel: '',
  role: '',
  purpose: '',
  categories: [] as string[],
  validUntil: '',
};

/** The server names grantee.userId / grantee.organisationId (the choice) and grantee.role (the role field). */
function granteePaths(error: unknown): never {
  if (!(error instanceof ApiError)) throw error;
  const { status, code, title, detail } = error;
  const errors = error.errors.map(({ path, message }) => {
    const p = path.replace(/^\/+/, '').replace(/\//g, '.');
    if (p === 'body.grantee.role') return { path: 'body.role', message };
    if (p === 'body.grantee' || p.startsWith('body.grantee.')) return { path: 'body.grantee', message };
    return { path, message };
  });
  throw new ApiError({ status, code, title, detail, errors });
}

export function GrantForm({ onGranted }: { onGranted: (message: string) => void }) {
  const { t, label } = useI18n();
  const me = useMe();
  const form = useKeptForm('consent-grant', `${me.id}.consent-grant`, EMPTY);
  const { values } = form;
  const [kind, id = ''] = values.grantee.split(':');
  const chosen: GranteeChoice | null = values.grantee
    ? { value: values.grantee, name: values.granteeName, label: values.granteeLabel }
    : null;

  const labels = {
    grantee: t('consent.grantee'),
    role: t('consent.role'),
    purpose: t('consent.purposeLabel'),
    categories: t('consent.partsLabel'),
    validUntil: t('consent.untilLabel'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const body: GrantBody = {
        grantee:
          kind === 'person'
            ? { userId: id }
            : kind === 'organisation'
              ? { organisationId: id, ...(values.role ? { role: values.role } : {}) }
              : {},
        purpose: values.purpose,
        categories: values.categories,
        ...(values.validUntil ? { validUntil: values.validUntil } : {}),
      };
      await consentApi.grant(body).catch(granteePaths);
      const name = values.granteeName;
      form.clear();
      onGranted(t('consent.granted', { name }));
    });
  };

  return (
    <section className="wp-section" aria-labelledby="consent-grant-heading">
      <Heading2 id="consent-grant-heading">{t('consent.grantHeading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('consent.grantIntro')}</Paragraph>
      </div>
      <KeptNotice form={form} text={t('consent.restored')} clearLabel={t('consent.clear')} />
      <FormFeedback form={form} labels={labels} problemTitle={t('consent.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="consent-grant-heading">
        <RequiredNote />
        <GranteePicker
          searchId={form.idFor('q')}
          choiceId={form.idFor('grantee')}
          q={values.q}
          onQ={(q) => form.set('q', q)}
          chosen={chosen}
          onChoose={(c) => {
            form.set('grantee', c.value);
            form.set('granteeName', c.name);
            form.set('granteeLabel', c.label);
            if (!c.value.startsWith('organisation:')) form.set('role', '');
          }}
          error={form.errors.grantee}
        />
        {kind === 'organisation' && (
          <SelectField
            id={form.idFor('role')}
            label={labels.role}
            description={t('consent.roleDescription')}
            value={values.role}
            onChange={(v) => form.set('role', v)}
            placeholder={t('consent.roleAll')}
            options={DISCIPLINES.map((d) => ({ value: d, label: label('discipline', d) }))}
            error={form.errors.role}
          />
        )}
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
          description={t('consent.untilDescription')}
          type="date"
          required
          value={values.validUntil}
          onChange={(v) => form.set('validUntil', v)}
          error={form.errors.validUntil}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('consent.grantButton')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
