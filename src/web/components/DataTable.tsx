import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll.tsx';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** The cell that names the row becomes a row header (th scope=row). */
  rowHeader?: boolean;
}

interface Props<T> {
  caption: string;
  /** Hide the caption visually when a heading right above says the same. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  footer?: ReactNode;
}

/** A simple accessible table: caption, column headers and optionally a row header per row. */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, footer }: Props<T>) {
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption className={captionHidden ? 'wp-visually-hidden' : undefined}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.header}
                scope="col"
                className={column.numeric ? 'wp-number' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={rowKey(row, index)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <TableHeaderCell
                    key={column.header}
                    scope="row"
                    className={column.numeric ? 'wp-number' : undefined}
                  >
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.header} className={column.numeric ? 'wp-number' : undefined}>
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
        {footer && <TableFooter>{footer}</TableFooter>}
      </Table>
    </TableScroll>
  );
}
