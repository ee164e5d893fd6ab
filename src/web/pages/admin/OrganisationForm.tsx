import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { api, ORGANISATION_TYPES } from '../../api.ts';
import type { Neighbourhood, Organisation, OrganisationInput, Region } from '../../api.ts';
import { CheckboxGroup, RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { FormHeading } from '../../components/FormHeading.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';

interface Props {
  organisation: Organisation | null;
  regions: Region[];
  neighbourhoods: Neighbourhood[];
  onSaved: (saved: Organisation) => void;
  onCancel: () => void;
}

export function OrganisationForm({ organisation, regions, neighbourhoods, onSaved, onCancel }: Props) {
  const { t, label } = useI18n();
  const form = useForm('organisation', {
    name: organisation?.name ?? '',
    type: organisation?.type ?? '',
    regionId: organisation?.regionId ?? (regions.length === 1 ? (regions[0]?.id ?? '') : ''),
    agbCode: organisation?.agbCode ?? '',
    kvkNumber: organisation?.kvkNumber ?? '',
    neighbourhoodIds: organisation?.neighbourhoodIds ?? ([] as string[]),
  });
  const labels = {
    name: t('org.name'),
    type: t('org.type'),
    regionId: t('org.region'),
    agbCode: t('org.agbCode'),
    kvkNumber: t('org.kvkNumber'),
    neighbourhoodIds: t('org.neighbourhoods'),
  };
  const v = form.values;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const agbCode = v.agbCode.trim();
      const kvkNumber = v.kvkNumber.trim();
      const input: OrganisationInput = {
        name: v.name.trim(),
        type: v.type,
        regionId: v.regionId,
        neighbourhoodIds: v.neighbourhoodIds,
      };
      // On create an empty code is left out; on edit an emptied code is cleared (null).
      if (agbCode || organisation) input.agbCode = agbCode || null;
      if (kvkNumber || organisation) input.kvkNumber = kvkNumber || null;
      const saved = organisation
        ? await api.updateOrganisation(organisation.id, input)
        : await api.createOrganisation(input);
      onSaved(saved);
    });
  };

  const title = organisation
    ? t('adminOrg.editTitle', { name: organisation.name })
    : t('adminOrg.createTitle');
  return (
    <section className="wp-panel" aria-labelledby="organisation-form-heading">
      <FormHeading id="organisation-form-heading">{title}</FormHeading>
      <FormFeedback form={form} labels={labels} />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('name')}
          label={labels.name}
          required
          value={v.name}
          onChange={(x) => form.set('name', x)}
          error={form.errors.name}
        />
        <SelectField
          id={form.idFor('type')}
          label={labels.type}
          required
          placeholder={t('form.choose')}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: label('orgType', type) }))}
          value={v.type}
          onChange={(x) => form.set('type', x)}
          error={form.errors.type}
        />
        <SelectField
          id={form.idFor('regionId')}
          label={labels.regionId}
          required
          placeholder={t('form.choose')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={v.regionId}
          onChange={(x) => form.set('regionId', x)}
          error={form.errors.regionId}
        />
        <TextField
          id={form.idFor('agbCode')}
          label={labels.agbCode}
          description={t('adminOrg.agbDescription')}
          inputMode="numeric"
          spellCheck={false}
          value={v.agbCode}
          onChange={(x) => form.set('agbCode', x)}
          error={form.errors.agbCode}
        />
        <TextField
          id={form.idFor('kvkNumber')}
          label={labels.kvkNumber}
          description={t('adminOrg.kvkDescription')}
          inputMode="numeric"
          spellCheck={false}
          value={v.kvkNumber}
          onChange={(x) => form.set('kvkNumber', x)}
          error={form.errors.kvkNumber}
        />
        <CheckboxGroup
          id={form.idFor('neighbourhoodIds')}
          legend={labels.neighbourhoodIds}
          options={neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${n.cbsCode})` }))}
          value={v.neighbourhoodIds}
          onChange={(x) => form.set('neighbourhoodIds', x)}
          error={form.errors.neighbourhoodIds}
          empty={t('adminOrg.noNeighbourhoodsToChoose')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('form.save')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
