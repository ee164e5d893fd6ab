// Two fields the shared set (components/fields.tsx) does not have yet: a set of radio buttons and a
// multi-line text, built the same way (label, description, error at the field, ids for the error summary).
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import type { Option } from '../../components/fields.tsx';

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Radio buttons with a legend. `id` goes to the first button, so summary links land there. */
export function RadioGroup({
  id,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: ReactNode;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((option, index) => {
        const boxId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="radio" className="wp-checkbox-field">
            <RadioButton
              id={boxId}
              name={id}
              value={option.value}
              checked={value === option.value}
              invalid={Boolean(error)}
              onChange={() => onChange(option.value)}
            />
            <FormLabel htmlFor={boxId} type="radio">
              {option.label}
            </FormLabel>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  description,
  required,
  maxLength,
  rows = 4,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  maxLength?: number;
  rows?: number;
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
            maxLength={maxLength}
            value={value}
            required={required}
            invalid={Boolean(error)}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
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
