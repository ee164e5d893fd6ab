// Choosing from a search: a search field (results come while typing, or with the Zoeken button or Enter) and
// the results as radio buttons (one choice) or checkboxes (several). Used for where a referral goes and for
// the services a resident was linked to. A plain list of choices works with every screen reader and with a
// keyboard, which a clever combobox often does not (as GranteePicker in consent/).
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useEffectEvent, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ApiError } from '../../api.ts';
import { problemMessage } from '../../components/problem.ts';
import { SearchField } from '../../components/SearchField.tsx';
import { useI18n } from '../../i18n/context.tsx';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  /** ids: the search field, and the first choice (the error summary links there) */
  searchId: string;
  choiceId: string;
  searchLabel: string;
  searchDescription: string;
  legend: ReactNode;
  /** shown in the choices while there is nothing to choose */
  empty: string;
  q: string;
  onQ: (q: string) => void;
  find: (q: string) => Promise<Choice[]>;
  multiple?: boolean;
  chosen: Choice[];
  onChange: (chosen: Choice[]) => void;
  error?: string | undefined;
}

const MIN = 2;

type Found = { q: string; choices: Choice[] } | { q: string; error: ApiError };

const asApiError = (e: unknown) =>
  e instanceof ApiError
    ? e
    : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });

export function SearchPicker(props: Props) {
  const { searchId, choiceId, q, onQ, find, multiple = false, chosen, onChange, error } = props;
  const { t } = useI18n();
  const [found, setFound] = useState<Found | null>(null);
  const wanted = q.trim();

  const search = (text: string, isCurrent: () => boolean = () => true) =>
    find(text).then(
      (choices) => isCurrent() && setFound({ q: text, choices }),
      (e: unknown) => isCurrent() && setFound({ q: text, error: asApiError(e) }),
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
    // Enter searches; it must not send the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (wanted.length >= MIN) void search(wanted);
  };

  // Results belong to what is in the search field now; what was chosen stays visible (and chosen).
  const results = found && 'choices' in found && wanted.length >= MIN ? found.choices : [];
  const choices = [...chosen, ...results.filter((r) => !chosen.some((c) => c.value === r.value))];

  let status = '';
  if (wanted.length > 0 && wanted.length < MIN) status = t('referrals.search.short');
  else if (wanted.length >= MIN && found?.q !== wanted) status = t('referrals.search.searching');
  else if (wanted.length >= MIN && found && 'error' in found) status = problemMessage(found.error, t);
  else if (wanted.length >= MIN && found && 'choices' in found) {
    status = found.choices.length
      ? t('referrals.search.found', { count: found.choices.length })
      : t('referrals.search.foundNone', { q: found.q });
  }

  const toggle = (choice: Choice, on: boolean) => {
    if (!multiple) onChange([choice]);
    else onChange(on ? [...chosen, choice] : chosen.filter((c) => c.value !== choice.value));
  };

  return (
    <>
      <SearchField
        id={searchId}
        label={props.searchLabel}
        description={props.searchDescription}
        buttonLabel={t('referrals.search.button')}
        value={q}
        onChange={onQ}
        onKeyDown={onKeyDown}
        onSearch={() => wanted.length >= MIN && void search(wanted)}
        status={status}
      />
      <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${choiceId}-error` : undefined}>
        <FieldsetLegend>{props.legend}</FieldsetLegend>
        {error && <FormFieldErrorMessage id={`${choiceId}-error`}>{error}</FormFieldErrorMessage>}
        {choices.length === 0 && (
          // The error summary's link lands here when there is nothing to choose yet.
          <Paragraph id={choiceId} tabIndex={-1}>
            {props.empty}
          </Paragraph>
        )}
        {choices.map((choice, index) => {
          const id = index === 0 ? choiceId : `${choiceId}-${choice.value.replace(/[^\w-]/g, '-')}`;
          const on = chosen.some((c) => c.value === choice.value);
          return (
            <FormField
              key={choice.value}
              type={multiple ? 'checkbox' : 'radio'}
              className="wp-checkbox-field"
            >
              {multiple ? (
                <Checkbox
                  id={id}
                  name={choiceId}
                  value={choice.value}
                  checked={on}
                  invalid={Boolean(error)}
                  onChange={(event) => toggle(choice, event.target.checked)}
                />
              ) : (
                <RadioButton
                  id={id}
                  name={choiceId}
                  value={choice.value}
                  checked={on}
                  invalid={Boolean(error)}
                  onChange={() => toggle(choice, true)}
                />
              )}
              <FormLabel htmlFor={id} type={multiple ? 'checkbox' : 'radio'}>
                {choice.label}
              </FormLabel>
            </FormField>
          );
        })}
      </Fieldset>
    </>
  );
}
