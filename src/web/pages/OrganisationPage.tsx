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

/** The organisations the user belongs to (from me.memberships), with what the server tells about them. */
export function OrganisationPage() {
  const { t } = useI18n();
  const me = useMe();
  const organisations = new Map<string, Ref>();
  for (const m of me.memberships) {
    if (m.organisation && !organisations.has(m.organisation.id))
      organisations.set(m.organisation.id, m.organisation);
  }
  return (
    <>
      <PageTitle>{t('organisation.title')}</PageTitle>
      {organisations.size === 0 ? (
        <Paragraph>{t('organisation.none')}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{t('organisation.intro')}</Paragraph>
          {[...organisations.values()].map((o) => (
            <OrganisationSection key={o.id} organisation={o} />
          ))}
        </>
      )}
    </>
  );
}

function OrganisationSection({ organisation }: { organisation: Ref }) {
  const { t, label } = useI18n();
  const detail = useLoad(() => api.organisation(organisation.id), organisation.id);
  const headingId = `org-${organisation.id}`;
  return (
    <section className="wp-panel" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{organisation.name}</Heading2>
      <LoadState load={detail}>
        {(o) => (
          <>
            <DataList appearance="rows">
              <DataListItem>
                <DataListKey>{t('org.type')}</DataListKey>
                <DataListValue>{label('orgType', o.type)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('org.agbCode')}</DataListKey>
                <DataListValue>{o.agbCode ?? t('common.notKnown')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('org.kvkNumber')}</DataListKey>
                <DataListValue>{o.kvkNumber ?? t('common.notKnown')}</DataListValue>
              </DataListItem>
            </DataList>
            <Heading3>{t('org.neighbourhoods')}</Heading3>
            {o.neighbourhoods.length === 0 ? (
              <Paragraph>{t('org.noNeighbourhoods')}</Paragraph>
            ) : (
              <UnorderedList>
                {o.neighbourhoods.map((n) => (
                  <UnorderedListItem key={n.id}>{n.name}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </>
        )}
      </LoadState>
    </section>
  );
}
