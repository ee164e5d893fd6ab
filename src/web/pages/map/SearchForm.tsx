import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../components/fields.tsx';
import type { Option } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import { CheckField } from './CheckField.tsx';
import { DAY_CODES, FINANCING, PARTS, RADII } from './searchState.ts';
import type { SearchFormValues, TextKey } from './searchState.ts';

interface Props {
  values: SearchFormValues;
  onChange: (values: SearchFormValues) => void;
  onSubmit: () => void;
  /** The server's messages about fields (query.postcode → postcode), shown at the field. */
  errors: Partial<Record<keyof SearchFormValues, string>>;
  domains: Option[];
  targetGroups: Option[];
  /** Neighbourhoods of the current results (CBS code → name). */
  neighbourhoods: Option[];
}

const MORE: (keyof SearchFormValues)[] = [
  'domain',
  'target_group',
  'age',
  'financing_route',
  'language',
  'accessible',
  'wor',
  'bor',
  'neighbourhood',
  'places_left',
  'radius_km',
];

/** What, where and when at once; the other filters behind "Meer filters". */
export function SearchForm({
  values,
  onChange,
  onSubmit,
  errors,
  domains,
  targetGroups,
  neighbourhoods,
}: Props) {
  const { t } = useI18n();
  const set = <K extends keyof SearchFormValues>(key: K, value: SearchFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (key: TextKey) => (value: string) => set(key, value);
  // Open at first when one of its filters is in use; after that the visitor decides.
  const [moreOpen, setMoreOpen] = useState(() => MORE.some((k) => Boolean(values[k])));
  const options = (prefix: string, codes: readonly string[]): Option[] =>
    codes.map((c) => ({ value: c, label: t(`${prefix}.${c}` as MessageKey) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form
      role="search"
      aria-label={t('map.search.formName')}
      onSubmit={submit}
      noValidate
      className="map-search"
    >
      <div className="map-search__main">
        <TextField
          id="map-q"
          label={t('map.search.what')}
          description={t('map.search.whatHelp')}
          type="search"
          autoComplete="off"
          value={values.q}
          onChange={text('q')}
        />
        <TextField
          id="map-postcode"
          label={t('map.search.postcode')}
          description={t('map.search.postcodeHelp')}
          autoComplete="postal-code"
          maxLength={20}
          value={values.postcode}
          onChange={text('postcode')}
          error={errors.postcode}
        />
      </div>
      <CheckField
        id="map-free"
        label={t('map.search.free')}
        checked={values.free}
        onChange={(v) => set('free', v)}
      />
      <div className="map-search__when">
        <SelectField
          id="map-day"
          label={t('map.search.day')}
          value={values.open_on}
          onChange={text('open_on')}
          placeholder={t('map.search.anyDay')}
          options={options('map.day', DAY_CODES)}
        />
        <SelectField
          id="map-part"
          label={t('map.search.partOfDay')}
          value={values.part_of_day}
          onChange={text('part_of_day')}
          placeholder={t('map.search.wholeDay')}
          options={options('map.part', PARTS)}
          description={values.open_on ? undefined : t('map.search.partHelp')}
        />
      </div>
      <details
        className="map-more"
        open={moreOpen || MORE.some((k) => Boolean(errors[k]))}
        onToggle={(event) => setMoreOpen(event.currentTarget.open)}
      >
        <summary className="map-more__summary">{t('map.search.more')}</summary>
        <div className="map-more__body">
          <SelectField
            id="map-domain"
            label={t('map.search.domain')}
            value={values.domain}
            onChange={text('domain')}
            placeholder={t('map.search.anyDomain')}
            options={domains}
          />
          <SelectField
            id="map-target-group"
            label={t('map.search.targetGroup')}
            value={values.target_group}
            onChange={text('target_group')}
            placeholder={t('map.search.anyone')}
            options={targetGroups}
          />
          <TextField
            id="map-age"
            label={t('map.search.age')}
            description={t('map.search.ageHelp')}
            inputMode="numeric"
            maxLength={3}
            value={values.age}
            onChange={text('age')}
            error={errors.age}
          />
          <SelectField
            id="map-financing"
            label={t('map.search.financing')}
            value={values.financing_route}
            onChange={text('financing_route')}
            placeholder={t('map.search.anyFinancing')}
            options={options('map.financing', FINANCING)}
          />
          <TextField
            id="map-language"
            label={t('map.search.language')}
            description={t('map.search.languageHelp')}
            autoComplete="off"
            value={values.language}
            onChange={text('language')}
            error={errors.language}
          />
          {neighbourhoods.length > 0 && (
            <SelectField
              id="map-neighbourhood"
              label={t('map.search.neighbourhood')}
              value={values.neighbourhood}
              onChange={text('neighbourhood')}
              placeholder={t('map.search.anyNeighbourhood')}
              options={neighbourhoods}
            />
          )}
          <SelectField
            id="map-radius"
            label={t('map.search.radius')}
            value={values.radius_km}
            onChange={text('radius_km')}
            placeholder={t('map.search.anyDistance')}
            options={RADII.map((r) => ({ value: r, label: t('map.search.radiusKm', { km: r }) }))}
            description={t('map.search.radiusHelp')}
          />
          <CheckField
            id="map-places-left"
            label={t('map.search.placesLeft')}
            checked={values.places_left}
            onChange={(v) => set('places_left', v)}
          />
          <CheckField
            id="map-accessible"
            label={t('map.search.accessible')}
            checked={values.accessible}
            onChange={(v) => set('accessible', v)}
          />
          <CheckField
            id="map-wor"
            label={t('map.search.wor')}
            checked={values.wor}
            onChange={(v) => set('wor', v)}
          />
          <CheckField
            id="map-bor"
            label={t('map.search.bor')}
            checked={values.bor}
            onChange={(v) => set('bor', v)}
          />
        </div>
      </details>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('map.search.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
