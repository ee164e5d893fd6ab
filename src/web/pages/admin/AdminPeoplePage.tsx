import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import type { PersonSummary } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/fields.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_PATHS } from '../../navigation.ts';
import { NewPersonForm } from './NewPersonForm.tsx';

export function AdminPeoplePage() {
  const { t, label, formatDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [query, setQuery] = useState(q);
  const people = useLoad(() => api.people(q).then((r) => r.items), q);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = query.trim();
    setParams(next ? { q: next } : {});
  };

  return (
    <>
      <PageTitle>{t('adminPeople.title')}</PageTitle>
      <form role="search" aria-label={t('adminPeople.search')} onSubmit={onSearch} noValidate>
        <TextField
          id="people-q"
          label={t('adminPeople.searchLabel')}
          type="search"
          autoComplete="off"
          value={query}
          onChange={setQuery}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('adminPeople.search')}
          </Button>
        </ButtonGroup>
      </form>
      <div>
        <LoadState load={people}>
          {(items) =>
            items.length === 0 ? (
              <Paragraph role="status">{t('adminPeople.none')}</Paragraph>
            ) : (
              <>
                <Paragraph role="status">
                  {t(items.length === 1 ? 'adminPeople.foundOne' : 'adminPeople.foundMany', {
                    count: items.length,
                  })}
                </Paragraph>
                <DataTable<PersonSummary>
                  caption={t('adminPeople.caption')}
                  rows={items}
                  rowKey={(p) => p.id}
                  columns={[
                    {
                      header: t('common.name'),
                      cell: (p) => (
                        <AppLink to={`${NAV_PATHS['admin.people']}/${encodeURIComponent(p.id)}`}>
                          {p.name}
                        </AppLink>
                      ),
                      rowHeader: true,
                    },
                    { header: t('common.email'), cell: (p) => p.email },
                    {
                      header: t('adminPeople.colRoles'),
                      cell: (p) =>
                        p.roles.length ? p.roles.map((r) => label('role', r)).join(', ') : t('common.none'),
                    },
                    {
                      header: t('adminPeople.colStatus'),
                      cell: (p) =>
                        p.lockedUntil && new Date(p.lockedUntil) > new Date()
                          ? t('adminPeople.locked', { date: formatDateTime(p.lockedUntil) })
                          : t('adminPeople.active'),
                    },
                  ]}
                />
              </>
            )
          }
        </LoadState>
      </div>

      <section className="wp-section" aria-labelledby="new-person-heading">
        <Heading2 id="new-person-heading">{t('adminPeople.createHeading')}</Heading2>
        <NewPersonForm />
      </section>
    </>
  );
}
