import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A short list of "what: value" lines (a dl), leaving out lines without a value. */
export function Facts({ rows }: { rows: [string, ReactNode | null | undefined][] }) {
  return (
    <DataList appearance="rows" className="wp-facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
    </DataList>
  );
}
