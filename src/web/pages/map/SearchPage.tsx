import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import type { Option } from '../../components/fields.tsx';
import { Loading, LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapApi } from './api.ts';
import type { SearchResult, TaxonomyTerm } from './api.ts';
import { FacetPanel } from './Facets.tsx';
import { Results } from './Results.tsx';
import { SearchForm } from './SearchForm.tsx';
import {
  apiParams,
  fieldErrorsOf,
  formFromUrl,
  hasSearched,
  pageOf,
  PER_PAGE,
  urlFromForm,
  withoutFilters,
  withPage,
} from './searchState.ts';

const termOptions = (terms: TaxonomyTerm[], prefix: string): Option[] =>
  terms
    .filter((t) => t.code.startsWith(prefix) && !t.parent_id)
    .map((t) => ({ value: t.code, label: t.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

/** /sociale-kaart: search the social map. The search is the URL's query string. */
export function MapSearchPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const searched = hasSearched(params);

  // The form follows the URL (back button, a facet link) but keeps what is typed in between.
  const [form, setForm] = useState(() => formFromUrl(params));
  const [formFor, setFormFor] = useState(search);
  if (formFor !== search) {
    setFormFor(search);
    setForm(formFromUrl(params));
  }

  const terms = useLoad(() => mapApi.terms().catch(() => [] as TaxonomyTerm[]));
  const termList = terms.status === 'ready' ? terms.data : [];
  const results = useLoad<SearchResult | null>(
    () => (searched ? mapApi.search(apiParams(params)) : Promise.resolve(null)),
    // The locale too: the server's messages (a postcode it does not know) come in the chosen language.
    `${search}|${locale}`,
  );
  const fieldErrors = results.status === 'error' ? fieldErrorsOf(results.error.errors) : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  // After a search, another page or a facet, the results come into view (on a phone they lie below the form).
  const showResults = useRef(false);
  const ready = results.status !== 'loading';
  useEffect(() => {
    if (!ready || !showResults.current) return;
    showResults.current = false;
    // A refused field takes focus (its message is beside it); else the results heading.
    const target =
      document.querySelector<HTMLElement>('.map-search [aria-invalid="true"]') ??
      document.getElementById('map-results-heading');
    target?.focus();
  }, [ready, search]);
  const [neighbourhoods, setNeighbourhoods] = useState<Option[]>([]);
  if (results.status === 'ready' && results.data) {
    const next = results.data.facets.neighbourhoods.map((n) => ({ value: n.code, label: n.name }));
    if (next.length && next.map((n) => n.value).join() !== neighbourhoods.map((n) => n.value).join())
      setNeighbourhoods(next);
  }

  return (
    <>
      <PageTitle>{t('map.search.title')}</PageTitle>
      <Paragraph lead>{t('map.search.intro')}</Paragraph>
      <SearchForm
        values={form}
        onChange={setForm}
        onSubmit={() => {
          showResults.current = true;
          setParams(urlFromForm(form));
        }}
        errors={fieldErrors}
        domains={termOptions(termList, 'domein.')}
        targetGroups={termOptions(termList, 'doelgroep.')}
        neighbourhoods={neighbourhoods}
      />
      {searched && (
        <section className="map-found" aria-labelledby="map-results-heading">
          <Heading2 id="map-results-heading" tabIndex={-1} className="map-found__heading">
            {t('map.results.title')}
          </Heading2>
          {hasFieldErrors ? (
            <Paragraph role="status">{t('map.results.checkFields')}</Paragraph>
          ) : results.status === 'loading' ? (
            <Loading />
          ) : (
            <LoadState load={results}>
              {(data) =>
                data ? (
                  <Found data={data} params={params} onNavigate={() => (showResults.current = true)} />
                ) : null
              }
            </LoadState>
          )}
        </section>
      )}
    </>
  );
}

function Found({
  data,
  params,
  onNavigate,
}: {
  data: SearchResult;
  params: URLSearchParams;
  onNavigate: () => void;
}) {
  const { t } = useI18n();
  const page = pageOf(params);
  const pages = Math.max(1, Math.ceil(data.total / PER_PAGE));
  const postcode = params.get('postcode') ?? '';
  if (data.total === 0) return <NoResults params={params} />;
  return (
    <>
      <Paragraph role="status" className="map-count">
        {t(data.total === 1 ? 'map.results.countOne' : 'map.results.countMany', { count: data.total })}
        {postcode ? ` ${t('map.results.byDistance', { postcode })}` : ''}
      </Paragraph>
      <div className="map-found__layout">
        <FacetPanel facets={data.facets} params={params} onNavigate={onNavigate} />
        <div className="map-found__list">
          <Results items={data.items} postcode={postcode} search={`?${params.toString()}`} />
          {pages > 1 && (
            <nav className="map-pages" aria-label={t('map.pages.name')}>
              {page > 1 ? (
                <AppLink to={withPage(params, page - 1)} rel="prev" onClick={onNavigate}>
                  {t('map.pages.previous')}
                </AppLink>
              ) : (
                <span />
              )}
              <span>{t('map.pages.position', { page, pages })}</span>
              {page < pages ? (
                <AppLink to={withPage(params, page + 1)} rel="next" onClick={onNavigate}>
                  {t('map.pages.next')}
                </AppLink>
              ) : (
                <span />
              )}
            </nav>
          )}
        </div>
      </div>
    </>
  );
}

function NoResults({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const filters = [...params.keys()].filter((k) => k !== 'q' && k !== 'page' && k !== 'postcode');
  return (
    <div role="status" className="map-none">
      <Paragraph>
        <strong>{t('map.none.title')}</strong>
      </Paragraph>
      <Paragraph>{t('map.none.help')}</Paragraph>
      <UnorderedList>
        {params.get('q') && <UnorderedListItem>{t('map.none.fewerWords')}</UnorderedListItem>}
        {filters.length > 0 && <UnorderedListItem>{t('map.none.fewerFilters')}</UnorderedListItem>}
        {params.get('radius_km') && <UnorderedListItem>{t('map.none.widerRadius')}</UnorderedListItem>}
        <UnorderedListItem>{t('map.none.askHelp')}</UnorderedListItem>
      </UnorderedList>
      {filters.length > 0 && (
        <Paragraph>
          <AppLink to={withoutFilters(params)}>{t('map.none.clearFilters')}</AppLink>
        </Paragraph>
      )}
    </div>
  );
}
