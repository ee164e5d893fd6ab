// Choosing whom to give consent: a search field (results come while typing, or with the Zoeken button or
// Enter) and the results as radio buttons. Simple on purpose: a plain list of choices works with every
// screen reader and with a keyboard, which a clever combobox often does not.
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useEffectEvent, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ApiError } from '../../api.ts';
import { problemMessage } from '../../components/problem.ts';
import { SearchField } from '../../components/SearchField.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { consentApi, type Grantees } from './api.ts';

export interface GranteeChoice {
  /** "person:<id>" or "organisation:<id>" */
  value: string;
  name: string;
  label: string;
}

interface Props {
  /** ids: the search field, and the first choice (the error summary links there) */
  searchId: string;
  choiceId: string;
  q: string;
  onQ: (q: string) => void;
  chosen: GranteeChoice | null;
  onChoose: (choice: GranteeChoice) => void;
  error?: string | undefined;
}

const MIN = 2;

type Found = { q: string; result: Grantees } | { q: string; error: ApiError };

export function GranteePicker({ searchId, choiceId, q, onQ, chosen, onChoose, error }: Props) {
  const { t, label } = useI18n();
  const [found, setFound] = useState<Found | null>(null);
  const wanted = q.trim();

  const search = (text: string, isCurrent: () => boolean = () => true) =>
    consentApi.grantees(text).then(
      (result) => isCurrent() && setFound({ q: text, result }),
      (e: unknown) =>
        isCurrent() &&
        setFound({
          q: text,
          error:
            e instanceof ApiError
              ? e
              : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
        }),
    );

  // Results while typing, a moment after the last key.
  const searchSoon = useEffectEvent(search);
  useEffect(() => {
    if (wanted.length < MIN) return;
    let current = true;
    const timer = setTimeout(() => void searchSoon(wanted, () => current), 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches; it must not send the whole consent form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (wanted.length >= MIN) void search(wanted);
  };

  const choices: GranteeChoice[] = [];
  // Results belong to what is in the search field now (an emptied field shows none).
  if (found && 'result' in found && wanted.length >= MIN) {
    for (const p of found.result.people) {
      choices.push({
        value: `person:${p.id}`,
        name: p.name,
        label: t('consent.personOption', {
          name: p.name,
          discipline: label('discipline', p.role),
          organisation: p.organisation.name,
        }),
      });
    }
    for (const o of found.result.organisations) {
      choices.push({
        value: `organisation:${o.id}`,
        name: o.name,
        label: t('consent.organisationOption', { name: o.name }),
      });
    }
  }
  // The choice stays visible (and chosen) when a new search no longer finds it.
  if (chosen && !choices.some((c) => c.value === chosen.value)) choices.unshift(chosen);

  let status = '';
  if (wanted.length > 0 && wanted.length < MIN) status = t('consent.searchShort');
  else if (wanted.length >= MIN && found?.q !== wanted) status = t('consent.searching');
  else if (wanted.length < MIN) status = '';
  else if (found && 'error' in found) status = problemMessage(found.error, t);
  else if (found && 'result' in found) {
    const n = found.result.people.length + found.result.organisations.length;
    status = n ? t('consent.found', { count: n }) : t('consent.foundNone', { q: found.q });
  }

  return (
    <>
      <SearchField
        id={searchId}
        label={t('consent.search')}
        description={t('consent.searchDescription')}
        buttonLabel={t('consent.searchButton')}
        value={q}
        onChange={onQ}
        onKeyDown={onKeyDown}
        onSearch={() => wanted.length >= MIN && void search(wanted)}
        status={status}
      />
      <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${choiceId}-error` : undefined}>
        <FieldsetLegend>
          {t('consent.grantee')}
          <span className="wp-required" aria-hidden="true">
            {' *'}
          </span>
        </FieldsetLegend>
        {error && <FormFieldErrorMessage id={`${choiceId}-error`}>{error}</FormFieldErrorMessage>}
        {choices.length === 0 && (
          // The error summary's link lands here when there is nothing to choose yet.
          <Paragraph id={choiceId} tabIndex={-1}>
            {t('consent.granteeNone')}
          </Paragraph>
        )}
        {choices.map((choice, index) => {
          const id = index === 0 ? choiceId : `${choiceId}-${choice.value.replace(':', '-')}`;
          return (
            <FormField key={choice.value} type="radio" className="wp-checkbox-field">
              <RadioButton
                id={id}
                name={choiceId}
                value={choice.value}
                checked={chosen?.value === choice.value}
                invalid={Boolean(error)}
                onChange={() => onChoose(choice)}
              />
              <FormLabel htmlFor={id} type="radio">
                {choice.label}
              </FormLabel>
            </FormField>
          );
        })}
      </Fieldset>
    </>
  );
}
