import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api } from '../api.ts';
import type { Ref } from '../api.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.tsx';
import { useMe } from '../session.tsx';

function uniqueById(refs: Ref[]): Ref[] {
  const seen = new Map<string, Ref>();
  for (const ref of refs) if (!seen.has(ref.id)) seen.set(ref.id, ref);
  return [...seen.values()];
}

/** The neighbourhoods the user coordinates (from me.memberships), with their organisations. */
export function NeighbourhoodsPage() {
  const { t } = useI18n();
  const me = useMe();
  const neighbourhoods = uniqueById(
    me.memberships.flatMap((m) => (m.role === 'coordinator' && m.neighbourhood ? [m.neighbourhood] : [])),
  );
  return (
    <>
      <PageTitle>{t('neighbourhoods.title')}</PageTitle>
      {neighbourhoods.length === 0 ? (
        <Paragraph>{t('neighbourhoods.none')}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{t('neighbourhoods.intro')}</Paragraph>
          {neighbourhoods.map((n) => (
            <NeighbourhoodSection key={n.id} neighbourhood={n} />
          ))}
        </>
      )}
    </>
  );
}

function NeighbourhoodSection({ neighbourhood }: { neighbourhood: Ref }) {
  const { t, label, formatNumber } = useI18n();
  const detail = useLoad(() => api.neighbourhood(neighbourhood.id), neighbourhood.id);
  const headingId = `nb-${neighbourhood.id}`;
  return (
    <section className="wp-panel" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{neighbourhood.name}</Heading2>
      <LoadState load={detail}>
        {(n) => (
          <>
            <DataList appearance="rows">
              <DataListItem>
                <DataListKey>{t('nb.population')}</DataListKey>
                <DataListValue>{formatNumber(n.population)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('nb.cbsCode')}</DataListKey>
                <DataListValue>{n.cbsCode}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('nb.municipalityCode')}</DataListKey>
                <DataListValue>{n.municipalityCode}</DataListValue>
              </DataListItem>
            </DataList>
            <Heading3>{t('nb.organisations')}</Heading3>
            {n.organisations.length === 0 ? (
              <Paragraph>{t('nb.noOrganisations')}</Paragraph>
            ) : (
              <UnorderedList>
                {n.organisations.map((o) => (
                  <UnorderedListItem key={o.id}>
                    {o.name} ({label('orgType', o.type)})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </>
        )}
      </LoadState>
    </section>
  );
}
