import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api } from '../../api.ts';
import type { Neighbourhood } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useEditor } from '../../components/useEditor.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { NeighbourhoodForm } from './NeighbourhoodForm.tsx';

export function AdminNeighbourhoodsPage() {
  const { t, formatNumber } = useI18n();
  const data = useLoad(() =>
    Promise.all([api.neighbourhoods(), api.regions()]).then(([n, r]) => ({
      neighbourhoods: [...n.items].sort((a, b) => a.name.localeCompare(b.name)),
      regions: r.items,
    })),
  );
  const editor = useEditor<Neighbourhood>();
  const [notice, setNotice] = useState<string | null>(null);

  const open = (next: Parameters<typeof editor.open>[0]) => {
    setNotice(null);
    editor.open(next);
  };

  return (
    <>
      <PageTitle>{t('adminNb.title')}</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      <LoadState load={data}>
        {({ neighbourhoods, regions }) => {
          const regionName = new Map(regions.map((r) => [r.id, r.name]));
          return (
            <>
              {editor.editing ? (
                <NeighbourhoodForm
                  key={editor.editing.mode === 'edit' ? editor.editing.item.id : 'new'}
                  neighbourhood={editor.editing.mode === 'edit' ? editor.editing.item : null}
                  regions={regions}
                  onCancel={editor.cancel}
                  onSaved={(saved) => {
                    editor.done();
                    setNotice(t('adminNb.saved', { name: saved.name }));
                    data.reload();
                  }}
                />
              ) : (
                <ButtonGroup>
                  <Button appearance="primary-action-button" onClick={() => open({ mode: 'new' })}>
                    {t('adminNb.new')}
                  </Button>
                </ButtonGroup>
              )}
              {neighbourhoods.length === 0 ? (
                <Paragraph>{t('adminNb.none')}</Paragraph>
              ) : (
                <DataTable<Neighbourhood>
                  caption={t('adminNb.caption')}
                  rows={neighbourhoods}
                  rowKey={(n) => n.id}
                  columns={[
                    { header: t('nb.name'), cell: (n) => n.name, rowHeader: true },
                    { header: t('nb.cbsCodeShort'), cell: (n) => n.cbsCode },
                    { header: t('nb.municipalityCode'), cell: (n) => n.municipalityCode },
                    { header: t('nb.population'), cell: (n) => formatNumber(n.population), numeric: true },
                    {
                      header: t('nb.region'),
                      cell: (n) => regionName.get(n.regionId) ?? t('common.notKnown'),
                    },
                    {
                      header: t('common.actions'),
                      cell: (n) => (
                        <Button
                          appearance="secondary-action-button"
                          aria-label={t('adminNb.editLabel', { name: n.name })}
                          onClick={() => open({ mode: 'edit', item: n })}
                        >
                          {t('adminNb.edit')}
                        </Button>
                      ),
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
