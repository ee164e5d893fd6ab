// A search field with its Zoeken button and a live status line under it (results come while typing, with the
// button or with Enter). The pickers (consent/GranteePicker, referrals/SearchPicker) show their choices below.
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import type { KeyboardEvent, ReactNode } from 'react';

export function SearchField({
  id,
  label,
  description,
  buttonLabel,
  value,
  onChange,
  onKeyDown,
  onSearch,
  status,
}: {
  id: string;
  label: ReactNode;
  description: ReactNode;
  buttonLabel: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onSearch: () => void;
  status: ReactNode;
}) {
  return (
    <>
      <FormField
        label={<FormLabel htmlFor={id}>{label}</FormLabel>}
        input={
          <>
            <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
            <div className="wp-search-row">
              <Textbox
                id={id}
                name={id}
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={value}
                onChange={(event) => onChange(event.target.value)}
                onKeyDown={onKeyDown}
                aria-describedby={`${id}-description ${id}-status`}
              />
              <Button appearance="secondary-action-button" onClick={onSearch}>
                {buttonLabel}
              </Button>
            </div>
          </>
        }
      />
      <Paragraph id={`${id}-status`} role="status" className="wp-search-status">
        {status}
      </Paragraph>
    </>
  );
}
