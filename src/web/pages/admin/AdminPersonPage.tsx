import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { api } from '../../api.ts';
import type { Person } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_PATHS } from '../../navigation.ts';
import type { PersonPageState } from './NewPersonForm.tsx';
import { PersonDetailsForm } from './PersonDetailsForm.tsx';
import { PersonMemberships } from './PersonMemberships.tsx';

export function AdminPersonPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state ?? {}) as PersonPageState;
  const person = useLoad(() => api.person(id), id);
  const [notice, setNotice] = useState<string | null>(arrived.notice ?? null);

  const changed = (message: string) => {
    setNotice(message);
    person.reload();
  };

  return (
    <>
      <Paragraph>
        <AppLink to={NAV_PATHS['admin.people']}>{t('person.back')}</AppLink>
      </Paragraph>
      {person.status !== 'ready' && <Heading1>{t('nav.admin.people')}</Heading1>}
      <LoadState load={person}>
        {(p: Person) => (
          <>
            <PageTitle>{p.name}</PageTitle>
            {notice && <Notice>{notice}</Notice>}
            <PersonFacts person={p} />
            <PersonMemberships person={p} onChanged={changed} />
            <PersonDetailsForm key={`${p.name}|${p.email}`} person={p} onSaved={changed} />
          </>
        )}
      </LoadState>
    </>
  );
}

function PersonFacts({ person }: { person: Person }) {
  const { t, label, formatDateTime } = useI18n();
  const locked = person.lockedUntil && new Date(person.lockedUntil) > new Date();
  return (
    <DataList appearance="rows">
      <DataListItem>
        <DataListKey>{t('common.email')}</DataListKey>
        <DataListValue>{person.email}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('adminPeople.colRoles')}</DataListKey>
        <DataListValue>
          {person.roles.length ? person.roles.map((r) => label('role', r)).join(', ') : t('common.none')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('adminPeople.colStatus')}</DataListKey>
        <DataListValue>
          {locked && person.lockedUntil
            ? t('adminPeople.locked', { date: formatDateTime(person.lockedUntil) })
            : t('adminPeople.active')}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}
