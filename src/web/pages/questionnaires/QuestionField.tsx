// One question of a questionnaire as an accessible NL Design System field: radio buttons for a choice (check
// boxes when it repeats), yes/no radio buttons for a boolean, a text box for numbers (a decimal comma is
// fine), text and dates. When the question is the whole screen, its text is the screen's heading (inside the
// legend or holding the label), with the progress in it, so a screen reader hears it once and the heading
// takes focus on Next and Back. The engine's error stands at the field; help texts describe it.
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode, Ref } from 'react';
import type { ItemDef } from '../../../modules/health-check/questionnaires/definition.ts';
import { useI18n } from '../../i18n/context.tsx';
import { optionKey, optionLabel, optionsOf } from './answers.ts';

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

interface Props {
  id: string;
  item: ItemDef;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error?: string | undefined;
  /** the texts of the question's help items */
  help: string[];
  /** "Vraag 3 van 12": set when the question is the screen's heading */
  progress?: string | undefined;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

function Required({ show }: { show: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <span className="wp-required" aria-hidden="true" title={t('form.requiredMark')}>
      {' *'}
    </span>
  );
}

function Title({
  item,
  progress,
  headingRef,
  children,
}: {
  item: ItemDef;
  progress?: string | undefined;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  children: ReactNode;
}) {
  if (progress === undefined) {
    return (
      <span className="wp-q-label">
        {children}
        <Required show={item.required} />
      </span>
    );
  }
  return (
    <Heading2 ref={headingRef} tabIndex={-1} className="wp-q-heading">
      <span className="wp-q-progress">{progress}</span> {children}
      <Required show={item.required} />
    </Heading2>
  );
}

export function QuestionField({ id, item, value, onChange, error, help, progress, headingRef }: Props) {
  const { t } = useI18n();
  const text = item.text ?? item.linkId;
  const helpId = help.length ? `${id}-description` : false;
  const errorId = error ? `${id}-error` : false;
  const notes = (
    <>
      {help.length > 0 && (
        <FormFieldDescription id={`${id}-description`}>
          {help.map((h, i) => (
            <span key={i} className="wp-q-help">
              {h}
            </span>
          ))}
        </FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
    </>
  );

  const options =
    item.type === 'boolean'
      ? [
          { value: 'true', label: t('questionnaires.yes') },
          { value: 'false', label: t('questionnaires.no') },
        ]
      : item.type === 'choice' && item.options !== 'any-coding'
        ? optionsOf(item).map((o) => ({ value: optionKey(o), label: optionLabel(o) }))
        : null;

  if (options) {
    const many = item.type === 'choice' && item.repeats;
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    const toggle = (key: string, on: boolean) =>
      onChange(on ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key));
    return (
      <Fieldset
        invalid={Boolean(error)}
        aria-describedby={describedBy(helpId, errorId)}
        className="wp-q-field"
      >
        <FieldsetLegend>
          <Title item={item} progress={progress} headingRef={headingRef}>
            {text}
          </Title>
        </FieldsetLegend>
        {notes}
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${index}`;
          return (
            <FormField key={option.value} type={many ? 'checkbox' : 'radio'} className="wp-checkbox-field">
              {many ? (
                <Checkbox
                  id={boxId}
                  name={id}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  invalid={Boolean(error)}
                  onChange={(event: ChangeEvent<HTMLInputElement>) =>
                    toggle(option.value, event.target.checked)
                  }
                />
              ) : (
                <RadioButton
                  id={boxId}
                  name={id}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  invalid={Boolean(error)}
                  required={item.required}
                  onChange={() => onChange(option.value)}
                />
              )}
              <FormLabel htmlFor={boxId} type={many ? 'checkbox' : 'radio'}>
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </Fieldset>
    );
  }

  const typed = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  const input =
    item.type === 'integer'
      ? { inputMode: 'numeric' as const, type: 'text' }
      : item.type === 'decimal'
        ? { inputMode: 'decimal' as const, type: 'text' }
        : item.type === 'date'
          ? { type: 'date' }
          : { type: 'text' };
  const numberHelp =
    item.type === 'decimal'
      ? t('questionnaires.decimalHelp')
      : item.type === 'integer'
        ? t('questionnaires.integerHelp')
        : null;
  return (
    <FormField
      invalid={Boolean(error)}
      className="wp-q-field"
      label={
        <Title item={item} progress={progress} headingRef={headingRef}>
          <FormLabel htmlFor={id}>{text}</FormLabel>
        </Title>
      }
      input={
        <>
          {help.length > 0 && (
            <FormFieldDescription id={`${id}-description`}>
              {help.map((h, i) => (
                <span key={i} className="wp-q-help">
                  {h}
                </span>
              ))}
            </FormFieldDescription>
          )}
          {numberHelp && (
            <FormFieldDescription id={`${id}-format`} className="wp-q-format">
              {numberHelp}
            </FormFieldDescription>
          )}
          {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
          <Textbox
            id={id}
            name={id}
            {...input}
            className={item.type === 'string' ? 'wp-q-text' : 'wp-q-short'}
            autoComplete="off"
            value={typed}
            required={item.required}
            invalid={Boolean(error)}
            {...(item.maxLength !== null ? { maxLength: item.maxLength } : {})}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
            aria-describedby={describedBy(helpId, numberHelp ? `${id}-format` : false, errorId)}
          />
        </>
      }
    />
  );
}
