import { Heading3 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import type { SearchResult } from './api.ts';
import { withFilter } from './searchState.ts';

type Facets = SearchResult['facets'];
const GROUPS: { key: keyof Facets; param: string; title: MessageKey }[] = [
  { key: 'domains', param: 'domain', title: 'map.facets.domains' },
  { key: 'targetGroups', param: 'target_group', title: 'map.facets.targetGroups' },
  { key: 'financingRoutes', param: 'financing_route', title: 'map.facets.financing' },
  { key: 'neighbourhoods', param: 'neighbourhood', title: 'map.facets.neighbourhoods' },
];
const SHOWN = 8;
/** Where map.css puts the facets beside the results. */
const WIDE = '(min-width: 48em)';

/** Counts of the results per domain, target group, financing route and neighbourhood; each is a filter. */
export function FacetPanel({
  facets,
  params,
  onNavigate,
}: {
  facets: Facets;
  params: URLSearchParams;
  onNavigate: () => void;
}) {
  const { t } = useI18n();
  const name = (group: keyof Facets, code: string, fallback: string) =>
    group === 'financingRoutes' ? t(`map.financing.${code}` as MessageKey) : fallback;
  // Beside the results on a wide screen, open; above them on a phone, folded (unless one is chosen), so the
  // results stay near the top.
  const [open, setOpen] = useState(
    () => window.matchMedia(WIDE).matches || GROUPS.some((g) => params.has(g.param)),
  );
  return (
    <nav className="map-facets" aria-label={t('map.facets.title')}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="map-facets__summary">{t('map.facets.title')}</summary>
        {GROUPS.map(({ key, param, title }) => {
          const values = facets[key];
          const chosen = params.get(param);
          if (values.length === 0 && !chosen) return null;
          return (
            <section key={key} className="map-facets__group">
              <Heading3 className="map-facets__title">{t(title)}</Heading3>
              <ul className="map-facets__list">
                {chosen && (
                  <li>
                    <AppLink to={withFilter(params, param, null)} onClick={onNavigate}>
                      {t('map.facets.remove', {
                        name: name(key, chosen, values.find((v) => v.code === chosen)?.name ?? chosen),
                      })}
                    </AppLink>
                  </li>
                )}
                {values
                  .filter((v) => v.code !== chosen)
                  .slice(0, SHOWN)
                  .map((v) => (
                    <li key={v.code}>
                      <AppLink to={withFilter(params, param, v.code)} onClick={onNavigate}>
                        {name(key, v.code, v.name)} <span className="map-facets__count">({v.count})</span>
                      </AppLink>
                    </li>
                  ))}
              </ul>
            </section>
          );
        })}
      </details>
    </nav>
  );
}
