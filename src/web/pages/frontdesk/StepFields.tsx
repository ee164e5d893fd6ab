// The fields of the intake, one question per screen: the question is the screen's heading and also the
// field's name (the heading sits in the legend, or holds the label), so a screen reader hears it once, and
// the heading takes focus when the step changes. "Stap 2 van 5" is part of the heading.
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import type { ChangeEvent, Ref } from 'react';
import type { Option } from '../../components/fields.tsx';

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

interface Heading {
  /** "Stap 2 van 5" */
  progress: string;
  headingRef: Ref<HTMLHeadingElement>;
}

function Progress({ text }: { text: string }) {
  return <span className="wp-fd-progress">{text}</span>;
}

export function StepRadios({
  id,
  question,
  description,
  options,
  value,
  onChange,
  error,
  progress,
  headingRef,
}: Heading & {
  id: string;
  question: string;
  description?: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy(description ? `${id}-description` : false, error ? `${id}-error` : false)}
    >
      <FieldsetLegend>
        <Heading2 ref={headingRef} tabIndex={-1} className="wp-fd-question">
          <Progress text={progress} /> {question}
        </Heading2>
      </FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
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

export function StepTextArea({
  id,
  question,
  description,
  value,
  onChange,
  error,
  required,
  maxLength,
  progress,
  headingRef,
}: Heading & {
  id: string;
  question: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  maxLength: number;
}) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <Heading2 ref={headingRef} tabIndex={-1} className="wp-fd-question">
          <Progress text={progress} /> <FormLabel htmlFor={id}>{question}</FormLabel>
          {required && (
            <span className="wp-required" aria-hidden="true">
              {' *'}
            </span>
          )}
        </Heading2>
      }
      input={
        <>
          <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
          {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
          <Textarea
            id={id}
            name={id}
            rows={6}
            maxLength={maxLength}
            value={value}
            required={required}
            invalid={Boolean(error)}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
            aria-describedby={describedBy(`${id}-description`, error ? `${id}-error` : false)}
          />
        </>
      }
    />
  );
}
