import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** The label of a field; a required field gets a visible * that is not part of its name. */
function Label({ id, children, required }: { id: string; children: ReactNode; required?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <FormLabel htmlFor={id}>{children}</FormLabel>
      {required && (
        <span className="wp-required" aria-hidden="true" title={t('form.requiredMark')}>
          {' *'}
        </span>
      )}
    </>
  );
}

function Help({ id, description, error }: { id: string; description?: ReactNode; error?: string }) {
  return (
    <>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
    </>
  );
}

export function RequiredNote() {
  const { t } = useI18n();
  return <Paragraph small>{t('form.requiredExplanation')}</Paragraph>;
}

type TextFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete' | 'inputMode' | 'readOnly' | 'spellCheck' | 'maxLength' | 'name'
>;

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  description,
  required,
  ...input
}: TextFieldProps) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <Label id={id} required={required}>
          {label}
        </Label>
      }
      input={
        <>
          <Help id={id} description={description} error={error} />
          <Textbox
            id={id}
            name={input.name ?? id}
            {...input}
            value={value}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
            required={required}
            invalid={Boolean(error)}
            aria-describedby={describedBy(
              description ? `${id}-description` : false,
              error ? `${id}-error` : false,
            )}
          />
        </>
      }
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  error?: string;
  description?: ReactNode;
  required?: boolean;
  /** Text of the empty first option; leave out to have no empty option. */
  placeholder?: string;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  description,
  required,
  placeholder,
}: SelectFieldProps) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <Label id={id} required={required}>
          {label}
        </Label>
      }
      input={
        <>
          <Help id={id} description={description} error={error} />
          <Select
            id={id}
            name={id}
            value={value}
            onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
            required={required}
            invalid={Boolean(error)}
            aria-describedby={describedBy(
              description ? `${id}-description` : false,
              error ? `${id}-error` : false,
            )}
          >
            {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
            {options.map((option) => (
              <SelectOption key={option.value} value={option.value}>
                {option.label}
              </SelectOption>
            ))}
          </Select>
        </>
      }
    />
  );
}

interface CheckboxGroupProps {
  id: string;
  legend: ReactNode;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  empty?: ReactNode;
}

/** A set of checkboxes with a legend. `id` goes to the first box, so summary links land there. */
export function CheckboxGroup({ id, legend, options, value, onChange, error, empty }: CheckboxGroupProps) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Help id={id} error={error} />
      {options.length === 0 && <Paragraph>{empty}</Paragraph>}
      {options.map((option, index) => {
        const boxId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="checkbox" className="wp-checkbox-field">
            <Checkbox
              id={boxId}
              name={id}
              value={option.value}
              checked={value.includes(option.value)}
              invalid={Boolean(error)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <FormLabel htmlFor={boxId} type="checkbox">
              {option.label}
            </FormLabel>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
