import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import type { PersonInput } from '../../api.ts';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_PATHS } from '../../navigation.ts';

export interface PersonPageState {
  notice?: string;
}

/** Adds a person, then opens their page to give them a role. */
export function NewPersonForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm('person-new', { name: '', email: '', password: '' });
  const labels = { name: t('common.name'), email: t('common.email'), password: t('adminPeople.password') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const input: PersonInput = { name: form.values.name.trim(), email: form.values.email.trim() };
      if (form.values.password) input.password = form.values.password;
      const person = await api.createPerson(input);
      const state: PersonPageState = { notice: t('adminPeople.created', { name: person.name }) };
      await navigate(`${NAV_PATHS['admin.people']}/${encodeURIComponent(person.id)}`, { state });
    });
  };

  return (
    <>
      <FormFeedback form={form} labels={labels} />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('name')}
          label={labels.name}
          required
          autoComplete="off"
          value={form.values.name}
          onChange={(v) => form.set('name', v)}
          error={form.errors.name}
        />
        <TextField
          id={form.idFor('email')}
          label={labels.email}
          type="email"
          required
          autoComplete="off"
          spellCheck={false}
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
          error={form.errors.email}
        />
        <TextField
          id={form.idFor('password')}
          label={labels.password}
          description={t('adminPeople.passwordDescription')}
          type="password"
          autoComplete="new-password"
          value={form.values.password}
          onChange={(v) => form.set('password', v)}
          error={form.errors.password}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('adminPeople.create')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
