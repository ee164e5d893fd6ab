// /kaart/aanbod: the entries I may edit (searchable, with state, freshness and open reports), a button
// for a new entry, and my messages (checks due, problem reports, changes sent back).
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/fields.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type Entry } from './api.ts';
import { MessagesSection } from './MessagesSection.tsx';
import { paths, type ArrivalState } from './paths.ts';
import { entryState, formatDay } from './status.ts';

export function EntriesPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const arrived = (location.state ?? {}) as ArrivalState;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [query, setQuery] = useState(q);
  const list = useLoad(() => mapEditingApi.entries(q, page), `${q}|${page}`);

  const go = (nextQ: string, nextPage: number) => {
    const next: Record<string, string> = {};
    if (nextQ) next.q = nextQ;
    if (nextPage > 1) next.pagina = String(nextPage);
    setParams(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go(query.trim(), 1);
  };

  return (
    <>
      <PageTitle>{t('mapEdit.entries.title')}</PageTitle>
      {arrived.notice && <Notice>{arrived.notice}</Notice>}
      <Paragraph>{t('mapEdit.entries.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => void navigate(paths.newEntry)}>
          {t('mapEdit.entries.new')}
        </Button>
      </ButtonGroup>

      <MessagesSection />

      <section className="wp-section" aria-labelledby="entries-heading">
        <Heading2 id="entries-heading">{t('mapEdit.entries.listHeading')}</Heading2>
        <form role="search" aria-label={t('mapEdit.entries.search')} onSubmit={onSearch} noValidate>
          <TextField
            id="entries-q"
            label={t('mapEdit.entries.searchLabel')}
            type="search"
            autoComplete="off"
            value={query}
            onChange={setQuery}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button">
              {t('mapEdit.entries.search')}
            </Button>
          </ButtonGroup>
        </form>
        <LoadState load={list}>
          {(data) =>
            data.items.length === 0 ? (
              <Paragraph role="status">
                {q ? t('mapEdit.entries.noneFound') : t('mapEdit.entries.none')}
              </Paragraph>
            ) : (
              <>
                <Paragraph role="status">{t('mapEdit.entries.count', { count: data.total })}</Paragraph>
                <EntryTable entries={data.items} />
                <Pager
                  page={data.page}
                  pages={Math.ceil(data.total / data.perPage)}
                  onPage={(p) => go(q, p)}
                />
              </>
            )
          }
        </LoadState>
      </section>
    </>
  );
}

function EntryTable({ entries }: { entries: Entry[] }) {
  const { t, locale } = useI18n();
  return (
    <DataTable<Entry>
      caption={t('mapEdit.entries.caption')}
      captionHidden
      rows={entries}
      rowKey={(e) => e.id}
      columns={[
        {
          header: t('mapEdit.entries.colName'),
          cell: (e) => <AppLink to={paths.entry(e.id)}>{e.name}</AppLink>,
          rowHeader: true,
        },
        { header: t('mapEdit.entries.colOrganization'), cell: (e) => e.organizationName ?? '' },
        {
          header: t('mapEdit.entries.colState'),
          cell: (e) => (
            <>
              {entryState(e, t)}
              {e.openChange?.state === 'sent_back' && e.openChange.remark && (
                <span className="wp-edit-remark">
                  {t('mapEdit.entries.remark', { remark: e.openChange.remark })}
                </span>
              )}
            </>
          ),
        },
        {
          header: t('mapEdit.entries.colChecked'),
          cell: (e) =>
            e.stale ? (
              <strong className="wp-edit-flag">
                {e.assuredDate
                  ? t('mapEdit.entries.staleSince', { date: formatDay(e.dueDate, locale) })
                  : t('mapEdit.entries.neverChecked')}
              </strong>
            ) : e.assuredDate ? (
              formatDay(e.assuredDate, locale)
            ) : (
              t('common.notKnown')
            ),
        },
        {
          header: t('mapEdit.entries.colReports'),
          numeric: true,
          cell: (e) =>
            e.openReports > 0 ? <strong className="wp-edit-flag">{e.openReports}</strong> : t('common.none'),
        },
      ]}
    />
  );
}

function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('mapEdit.pager.label')} className="wp-edit-pager">
      <Paragraph>{t('mapEdit.pager.position', { page, pages })}</Paragraph>
      <ButtonGroup>
        {page > 1 && (
          <Button appearance="secondary-action-button" onClick={() => onPage(page - 1)}>
            {t('mapEdit.pager.previous')}
          </Button>
        )}
        {page < pages && (
          <Button appearance="secondary-action-button" onClick={() => onPage(page + 1)}>
            {t('mapEdit.pager.next')}
          </Button>
        )}
      </ButtonGroup>
    </nav>
  );
}
