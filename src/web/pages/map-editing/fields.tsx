// Field pieces of the edit form that the shared components/fields.tsx does not have: a text area, a yes/no
// box and a checkbox list whose boxes carry their own ids. Same markup conventions as the shared fields.
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  description,
  rows = 4,
  required,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  rows?: number;
  required?: boolean;
}) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <>
          <FormLabel htmlFor={id}>{label}</FormLabel>
          {required && (
            <span className="wp-required" aria-hidden="true">
              {' *'}
            </span>
          )}
        </>
      }
      input={
        <>
          {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
          {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
          <Textarea
            id={id}
            name={id}
            rows={rows}
            value={value}
            required={required}
            invalid={Boolean(error)}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
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

export function YesNoBox({
  id,
  label,
  checked,
  onChange,
  description,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
}) {
  return (
    <FormField type="checkbox" className="wp-checkbox-field">
      <Checkbox
        id={id}
        name={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
    </FormField>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** Checkboxes under a legend; each box gets `${id}-${index}`; the fieldset itself has `id` (for links). */
export function ChoiceList({
  id,
  legend,
  choices,
  value,
  onChange,
  error,
  description,
}: {
  id: string;
  legend: ReactNode;
  choices: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  description?: ReactNode;
}) {
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      invalid={Boolean(error)}
      aria-describedby={describedBy(description ? `${id}-description` : false, error ? `${id}-error` : false)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="wp-edit-choices">
        {choices.map((c, i) => (
          <FormField key={c.value} type="checkbox" className="wp-checkbox-field">
            <Checkbox
              id={`${id}-${i}`}
              name={id}
              value={c.value}
              checked={value.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            <FormLabel htmlFor={`${id}-${i}`} type="checkbox">
              {c.label}
            </FormLabel>
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}
