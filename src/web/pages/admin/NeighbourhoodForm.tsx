import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import type { Neighbourhood, NeighbourhoodInput, Region } from '../../api.ts';
import { RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { FormHeading } from '../../components/FormHeading.tsx';
import { parseWholeNumber } from '../../components/numbers.ts';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';

interface Props {
  neighbourhood: Neighbourhood | null;
  regions: Region[];
  onSaved: (saved: Neighbourhood) => void;
  onCancel: () => void;
}

export function NeighbourhoodForm({ neighbourhood, regions, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const form = useForm('neighbourhood', {
    name: neighbourhood?.name ?? '',
    cbsCode: neighbourhood?.cbsCode ?? '',
    municipalityCode: neighbourhood?.municipalityCode ?? '',
    population: neighbourhood ? String(neighbourhood.population) : '',
    regionId: neighbourhood?.regionId ?? (regions.length === 1 ? (regions[0]?.id ?? '') : ''),
  });
  const labels = {
    name: t('nb.name'),
    cbsCode: t('nb.cbsCode'),
    municipalityCode: t('nb.municipalityCode'),
    population: t('nb.population'),
    regionId: t('nb.region'),
  };
  const v = form.values;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const input: NeighbourhoodInput = {
        name: v.name.trim(),
        cbsCode: v.cbsCode.trim(),
        municipalityCode: v.municipalityCode.trim(),
        population: parseWholeNumber(v.population),
        regionId: v.regionId,
      };
      const saved = neighbourhood
        ? await api.updateNeighbourhood(neighbourhood.id, input)
        : await api.createNeighbourhood(input);
      onSaved(saved);
    });
  };

  const title = neighbourhood
    ? t('adminNb.editTitle', { name: neighbourhood.name })
    : t('adminNb.createTitle');
  return (
    <section className="wp-panel" aria-labelledby="neighbourhood-form-heading">
      <FormHeading id="neighbourhood-form-heading">{title}</FormHeading>
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
        <TextField
          id={form.idFor('cbsCode')}
          label={labels.cbsCode}
          description={t('adminNb.cbsDescription')}
          required
          spellCheck={false}
          value={v.cbsCode}
          onChange={(x) => form.set('cbsCode', x)}
          error={form.errors.cbsCode}
        />
        <TextField
          id={form.idFor('municipalityCode')}
          label={labels.municipalityCode}
          description={t('adminNb.municipalityDescription')}
          required
          spellCheck={false}
          value={v.municipalityCode}
          onChange={(x) => form.set('municipalityCode', x)}
          error={form.errors.municipalityCode}
        />
        <TextField
          id={form.idFor('population')}
          label={labels.population}
          description={t('adminNb.populationDescription')}
          required
          inputMode="numeric"
          value={v.population}
          onChange={(x) => form.set('population', x)}
          error={form.errors.population}
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
