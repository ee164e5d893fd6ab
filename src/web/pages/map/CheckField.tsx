import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';

/** One checkbox with its label after it. */
export function CheckField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox" className="wp-checkbox-field">
      <Checkbox
        id={props.id}
        name={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <FormLabel htmlFor={props.id} type="checkbox">
        {props.label}
      </FormLabel>
    </FormField>
  );
}
