import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { api, DISCIPLINES, ROLES } from '../../api.ts';
import type { MembershipInput } from '../../api.ts';
import { RequiredNote, SelectField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useForm } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';

// Which extra field belongs to which role. This is the shape of the form, not a permission:
// the server decides whether the membership is allowed.
const NEEDS_DISCIPLINE = new Set(['professional']);
const NEEDS_ORGANISATION = new Set(['professional', 'provider_editor', 'funder']);
const NEEDS_NEIGHBOURHOOD = new Set(['coordinator', 'resident']);

const byName = <T extends { name: string }>(items: T[]) =>
  [...items].sort((a, b) => a.name.localeCompare(b.name));

export function MembershipForm({
  personId,
  onAdded,
}: {
  personId: string;
  onAdded: (message: string) => void;
}) {
  const { t, label } = useI18n();
  const choices = useLoad(() =>
    Promise.all([api.organisations(), api.neighbourhoods()]).then(([o, n]) => ({
      organisations: byName(o.items),
      neighbourhoods: byName(n.items),
    })),
  );
  const form = useForm('membership', { role: '', discipline: '', organisationId: '', neighbourhoodId: '' });
  const labels = {
    role: t('person.role'),
    discipline: t('person.discipline'),
    organisationId: t('person.organisation'),
    neighbourhoodId: t('person.neighbourhood'),
  };
  const v = form.values;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const input: MembershipInput = { role: v.role };
      // A field left on "Maak een keuze" is left out, so the server says it is required.
      if (NEEDS_DISCIPLINE.has(v.role) && v.discipline) input.discipline = v.discipline;
      if (NEEDS_ORGANISATION.has(v.role) && v.organisationId) input.organisationId = v.organisationId;
      if (NEEDS_NEIGHBOURHOOD.has(v.role) && v.neighbourhoodId) input.neighbourhoodId = v.neighbourhoodId;
      await api.addMembership(personId, input);
      const role = label('role', v.role);
      form.reset({ role: '', discipline: '', organisationId: '', neighbourhoodId: '' });
      onAdded(t('person.added', { role }));
    });
  };

  return (
    <div className="wp-panel">
      <Heading3>{t('person.addHeading')}</Heading3>
      <LoadState load={choices}>
        {({ organisations, neighbourhoods }) => (
          <>
            <FormFeedback form={form} labels={labels} />
            <form onSubmit={onSubmit} noValidate>
              <RequiredNote />
              <SelectField
                id={form.idFor('role')}
                label={labels.role}
                required
                placeholder={t('form.choose')}
                options={ROLES.map((r) => ({ value: r, label: label('role', r) }))}
                value={v.role}
                onChange={(x) => form.set('role', x)}
                error={form.errors.role}
              />
              {NEEDS_DISCIPLINE.has(v.role) && (
                <SelectField
                  id={form.idFor('discipline')}
                  label={labels.discipline}
                  required
                  placeholder={t('form.choose')}
                  options={DISCIPLINES.map((d) => ({ value: d, label: label('discipline', d) }))}
                  value={v.discipline}
                  onChange={(x) => form.set('discipline', x)}
                  error={form.errors.discipline}
                />
              )}
              {NEEDS_ORGANISATION.has(v.role) && (
                <SelectField
                  id={form.idFor('organisationId')}
                  label={labels.organisationId}
                  required
                  placeholder={t('form.choose')}
                  options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                  value={v.organisationId}
                  onChange={(x) => form.set('organisationId', x)}
                  error={form.errors.organisationId}
                />
              )}
              {NEEDS_NEIGHBOURHOOD.has(v.role) && (
                <SelectField
                  id={form.idFor('neighbourhoodId')}
                  label={labels.neighbourhoodId}
                  required
                  placeholder={t('form.choose')}
                  options={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
                  value={v.neighbourhoodId}
                  onChange={(x) => form.set('neighbourhoodId', x)}
                  error={form.errors.neighbourhoodId}
                />
              )}
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={form.busy}>
                  {t('person.add')}
                </Button>
              </ButtonGroup>
            </form>
          </>
        )}
      </LoadState>
    </div>
  );
}
