import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api } from '../../api.ts';
import type { Organisation } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useEditor } from '../../components/useEditor.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { OrganisationForm } from './OrganisationForm.tsx';

export function AdminOrganisationsPage() {
  const { t, label, formatNumber } = useI18n();
  const data = useLoad(() =>
    Promise.all([api.organisations(), api.regions(), api.neighbourhoods()]).then(([o, r, n]) => ({
      organisations: [...o.items].sort((a, b) => a.name.localeCompare(b.name)),
      regions: r.items,
      neighbourhoods: [...n.items].sort((a, b) => a.name.localeCompare(b.name)),
    })),
  );
  const editor = useEditor<Organisation>();
  const [notice, setNotice] = useState<string | null>(null);

  const open = (next: Parameters<typeof editor.open>[0]) => {
    setNotice(null);
    editor.open(next);
  };

  return (
    <>
      <PageTitle>{t('adminOrg.title')}</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      <LoadState load={data}>
        {({ organisations, regions, neighbourhoods }) => (
          <>
            {editor.editing ? (
              <OrganisationForm
                key={editor.editing.mode === 'edit' ? editor.editing.item.id : 'new'}
                organisation={editor.editing.mode === 'edit' ? editor.editing.item : null}
                regions={regions}
                neighbourhoods={neighbourhoods}
                onCancel={editor.cancel}
                onSaved={(saved) => {
                  editor.done();
                  setNotice(t('adminOrg.saved', { name: saved.name }));
                  data.reload();
                }}
              />
            ) : (
              <ButtonGroup>
                <Button appearance="primary-action-button" onClick={() => open({ mode: 'new' })}>
                  {t('adminOrg.new')}
                </Button>
              </ButtonGroup>
            )}
            {organisations.length === 0 ? (
              <Paragraph>{t('adminOrg.none')}</Paragraph>
            ) : (
              <DataTable<Organisation>
                caption={t('adminOrg.caption')}
                rows={organisations}
                rowKey={(o) => o.id}
                columns={[
                  { header: t('org.name'), cell: (o) => o.name, rowHeader: true },
                  { header: t('org.type'), cell: (o) => label('orgType', o.type) },
                  { header: t('org.agbCode'), cell: (o) => o.agbCode ?? t('common.none') },
                  { header: t('org.kvkNumber'), cell: (o) => o.kvkNumber ?? t('common.none') },
                  {
                    header: t('adminOrg.neighbourhoodCount'),
                    cell: (o) => formatNumber(o.neighbourhoodIds.length),
                    numeric: true,
                  },
                  {
                    header: t('common.actions'),
                    cell: (o) => (
                      <Button
                        appearance="secondary-action-button"
                        aria-label={t('adminOrg.editLabel', { name: o.name })}
                        onClick={() => open({ mode: 'edit', item: o })}
                      >
                        {t('adminOrg.edit')}
                      </Button>
                    ),
                  },
                ]}
              />
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
