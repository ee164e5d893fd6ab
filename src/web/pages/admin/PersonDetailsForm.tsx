import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import type { Person } from '../../api.ts';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';

/** Change a person's name or email address (PATCH /people/:id). */
export function PersonDetailsForm({
  person,
  onSaved,
}: {
  person: Person;
  onSaved: (message: string) => void;
}) {
  const { t } = useI18n();
  const form = useForm('person-edit', { name: person.name, email: person.email });
  const labels = { name: t('common.name'), email: t('common.email') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      await api.updatePerson(person.id, { name: form.values.name.trim(), email: form.values.email.trim() });
      onSaved(t('person.saved'));
    });
  };

  return (
    <section className="wp-section" aria-labelledby="person-edit-heading">
      <Heading2 id="person-edit-heading">{t('person.editHeading')}</Heading2>
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
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('form.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
