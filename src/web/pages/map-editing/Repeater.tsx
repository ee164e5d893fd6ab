// A list of sub-forms (phone numbers, opening hours, costs, languages): add and remove items with the
// keyboard, focus follows (a new item's first field; after removing, the add button).
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface Props<T> {
  id: string;
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  make: () => T;
  itemLegend: (index: number) => string;
  /** The id of an item's first field, to focus after adding it. */
  firstFieldId: (index: number) => string;
  addLabel: string;
  removeLabel: (index: number) => string;
  empty: string;
  error?: string | undefined;
  children: (item: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
}

const focusLater = (id: string) =>
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });

export function Repeater<T>(p: Props<T>) {
  const set = (index: number) => (patch: Partial<T>) =>
    p.onChange(p.items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Fieldset id={p.id} tabIndex={-1} invalid={Boolean(p.error)} className="wp-edit-repeater">
      <FieldsetLegend>{p.legend}</FieldsetLegend>
      {p.error && <FormFieldErrorMessage id={`${p.id}-error`}>{p.error}</FormFieldErrorMessage>}
      {p.items.length === 0 && <Paragraph>{p.empty}</Paragraph>}
      {p.items.map((item, index) => (
        // Items have no stable key before they are saved; the index is their identity in the form.
        <Fieldset key={index} className="wp-edit-item">
          <FieldsetLegend>{p.itemLegend(index)}</FieldsetLegend>
          {p.children(item, index, set(index))}
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              p.onChange(p.items.filter((_, i) => i !== index));
              focusLater(`${p.id}-add`);
            }}
          >
            {p.removeLabel(index)}
          </Button>
        </Fieldset>
      ))}
      <Button
        id={`${p.id}-add`}
        appearance="secondary-action-button"
        onClick={() => {
          p.onChange([...p.items, p.make()]);
          focusLater(p.firstFieldId(p.items.length));
        }}
      >
        {p.addLabel}
      </Button>
    </Fieldset>
  );
}
