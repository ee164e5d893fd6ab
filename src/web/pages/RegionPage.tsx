import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api, ORGANISATION_TYPES } from '../api.ts';
import type { Neighbourhood } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.tsx';

/** Counts per organisation type, in the order of the known types; unknown types come last. */
function countByType(types: string[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  const known: string[] = [...ORGANISATION_TYPES];
  const order = [...known, ...[...counts.keys()].filter((type) => !known.includes(type)).sort()];
  return order.flatMap((type) => {
    const count = counts.get(type);
    return count ? [{ type, count }] : [];
  });
}

export function RegionPage() {
  const { t, label, formatNumber } = useI18n();
  const data = useLoad(() =>
    Promise.all([api.neighbourhoods(), api.organisations()]).then(([n, o]) => ({
      neighbourhoods: [...n.items].sort((a, b) => a.name.localeCompare(b.name)),
      organisations: o.items,
    })),
  );
  return (
    <>
      <PageTitle>{t('region.title')}</PageTitle>
      <Paragraph lead>{t('region.intro')}</Paragraph>
      <LoadState load={data}>
        {({ neighbourhoods, organisations }) => {
          const total = neighbourhoods.reduce((sum, n) => sum + n.population, 0);
          return (
            <>
              <Heading2>{t('region.nbCaption')}</Heading2>
              {neighbourhoods.length === 0 ? (
                <Paragraph>{t('region.noNeighbourhoods')}</Paragraph>
              ) : (
                <DataTable<Neighbourhood>
                  caption={t('region.nbCaption')}
                  captionHidden
                  rows={neighbourhoods}
                  rowKey={(n) => n.id}
                  columns={[
                    { header: t('nb.name'), cell: (n) => n.name, rowHeader: true },
                    { header: t('nb.cbsCodeShort'), cell: (n) => n.cbsCode },
                    { header: t('nb.municipalityCode'), cell: (n) => n.municipalityCode },
                    { header: t('nb.population'), cell: (n) => formatNumber(n.population), numeric: true },
                  ]}
                  footer={
                    <TableRow>
                      <TableHeaderCell scope="row" colSpan={3}>
                        {t('region.total')}
                      </TableHeaderCell>
                      <TableCell className="wp-number">{formatNumber(total)}</TableCell>
                    </TableRow>
                  }
                />
              )}

              <Heading2>{t('region.orgCaption')}</Heading2>
              {organisations.length === 0 ? (
                <Paragraph>{t('region.noOrganisations')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('region.orgCaption')}
                  captionHidden
                  rows={countByType(organisations.map((o) => o.type))}
                  rowKey={(row) => row.type}
                  columns={[
                    { header: t('org.type'), cell: (row) => label('orgType', row.type), rowHeader: true },
                    { header: t('region.count'), cell: (row) => formatNumber(row.count), numeric: true },
                  ]}
                  footer={
                    <TableRow>
                      <TableHeaderCell scope="row">{t('region.total')}</TableHeaderCell>
                      <TableCell className="wp-number">{formatNumber(organisations.length)}</TableCell>
                    </TableRow>
                  }
                />
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
