// A readable diff: per changed field the old and the new value side by side.
import { Paragraph } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { isMessageKey, useI18n } from '../../i18n/context.tsx';
import type { Diff } from './api.ts';

export function DiffTable({ diff, caption }: { diff: Diff; caption: string }) {
  const { t } = useI18n();
  if (diff.changes.length === 0) return <Paragraph>{t('mapEdit.diff.none')}</Paragraph>;
  const empty = <span className="wp-edit-empty">{t('mapEdit.diff.empty')}</span>;
  return (
    <DataTable
      caption={caption}
      rows={diff.changes}
      rowKey={(c) => c.field}
      columns={[
        {
          header: t('mapEdit.diff.field'),
          cell: (c) => {
            const key = `mapEdit.field.${c.field}`;
            return isMessageKey(key) ? t(key) : c.label;
          },
          rowHeader: true,
        },
        {
          header: diff.from === null ? t('mapEdit.diff.beforeNew') : t('mapEdit.diff.before'),
          cell: (c) => (c.before === null ? empty : <span className="wp-edit-diff-old">{c.before}</span>),
        },
        {
          header: t('mapEdit.diff.after'),
          cell: (c) => (c.after === null ? empty : <span className="wp-edit-diff-new">{c.after}</span>),
        },
      ]}
    />
  );
}
