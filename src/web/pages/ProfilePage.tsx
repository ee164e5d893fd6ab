import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import type { Locale } from '../api.ts';
import { AppLink } from '../components/AppLink.tsx';
import { CheckboxGroup, RequiredNote, SelectField, TextField } from '../components/fields.tsx';
import { FormFeedback } from '../components/FormFeedback.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useForm } from '../components/useForm.ts';
import { useI18n } from '../i18n/context.tsx';
import { NAV_PATHS } from '../navigation.ts';
import { useMe, useSession } from '../session.tsx';
import { ApiTokensSection } from './ApiTokensSection.tsx';

const toLocale = (value: string): Locale => (value === 'en' ? 'en' : 'nl');

export function ProfilePage() {
  const { t, setLocale } = useI18n();
  const me = useMe();
  const { setMe } = useSession();
  const form = useForm<{ name: string; locale: string; mailNotifications: string[] }>('profile', {
    name: me.name,
    locale: me.locale,
    mailNotifications: me.mailNotifications ? ['yes'] : [],
  });
  const [saved, setSaved] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(0);
    void form.submit(async () => {
      const next = await api.updateMe({
        name: form.values.name.trim(),
        locale: toLocale(form.values.locale),
        mailNotifications: form.values.mailNotifications.includes('yes'),
      });
      setMe(next);
      if (next.locale === 'nl' || next.locale === 'en') setLocale(next.locale);
      setSaved((n) => n + 1);
    });
  };

  const showAccessLog = me.navigation.some((item) => item.key === 'access-log');
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>{t('profile.name')}</DataListKey>
          <DataListValue value={me.name}>{me.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('profile.email')}</DataListKey>
          <DataListValue value={me.email}>{me.email}</DataListValue>
        </DataListItem>
      </DataList>
      {showAccessLog && (
        <Paragraph>
          <AppLink to={NAV_PATHS['access-log']}>{t('profile.accessLogLink')}</AppLink>
        </Paragraph>
      )}

      <section className="wp-section" aria-labelledby="profile-details-heading">
        <Heading2 id="profile-details-heading">{t('profile.detailsHeading')}</Heading2>
        {saved > 0 && <Notice>{t('profile.saved')}</Notice>}
        <FormFeedback
          form={form}
          labels={{
            name: t('profile.name'),
            locale: t('profile.language'),
            mailNotifications: t('profile.mailLegend'),
          }}
        />
        <form onSubmit={onSubmit} noValidate>
          <RequiredNote />
          <TextField
            id={form.idFor('name')}
            label={t('profile.name')}
            autoComplete="name"
            required
            value={form.values.name}
            onChange={(v) => form.set('name', v)}
            error={form.errors.name}
          />
          <SelectField
            id={form.idFor('locale')}
            label={t('profile.language')}
            description={t('profile.languageDescription')}
            required
            value={form.values.locale}
            onChange={(v) => form.set('locale', v)}
            options={[
              { value: 'nl', label: t('language.nl') },
              { value: 'en', label: t('language.en') },
            ]}
            error={form.errors.locale}
          />
          <CheckboxGroup
            id={form.idFor('mailNotifications')}
            legend={t('profile.mailLegend')}
            options={[{ value: 'yes', label: t('profile.mailLabel') }]}
            value={form.values.mailNotifications}
            onChange={(v) => form.set('mailNotifications', v)}
            error={form.errors.mailNotifications}
          />
          <Paragraph>{t('profile.mailDescription')}</Paragraph>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('form.save')}
            </Button>
          </ButtonGroup>
        </form>
      </section>

      <ApiTokensSection />
    </>
  );
}
