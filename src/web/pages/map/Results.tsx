import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { SearchHit } from './api.ts';
import { costText, formatDistance, formatSessionStart, freshnessText, placesText } from './format.ts';

/** The results as a list: name (link), organisation, summary, and the facts that help choose. */
export function Results({
  items,
  postcode,
  search,
}: {
  items: SearchHit[];
  postcode: string;
  search: string;
}) {
  const { t, locale } = useI18n();
  const query = postcode ? `?${new URLSearchParams({ postcode }).toString()}` : '';
  return (
    <ol className="map-results">
      {items.map((hit) => (
        <li key={hit.id} className="map-result">
          <Heading3 className="map-result__name">
            <AppLink to={`/sociale-kaart/aanbod/${encodeURIComponent(hit.id)}${query}`} state={{ search }}>
              {hit.name}
            </AppLink>
          </Heading3>
          {hit.organization && <Paragraph className="map-result__org">{hit.organization.name}</Paragraph>}
          {hit.summary && <Paragraph>{hit.summary}</Paragraph>}
          <ul className="map-facts">
            {hit.distance_km !== null && (
              <li>
                <span className="map-facts__label">{t('map.result.distance')}</span>{' '}
                {formatDistance(hit.distance_km, locale)}
              </li>
            )}
            {hit.next_session && (
              <li>
                <span className="map-facts__label">{t('map.result.next')}</span>{' '}
                {formatSessionStart(hit.next_session.starts_at, locale)}
                {' – '}
                {placesText(t, hit.next_session.places_left, false)}
              </li>
            )}
            <li>
              <span className="map-facts__label">{t('map.result.cost')}</span>{' '}
              {costText(t, hit.free, hit.financing_route)}
            </li>
          </ul>
          {hit.stale && (
            <Paragraph className="map-stale">
              <span aria-hidden="true" className="map-stale__mark">
                !
              </span>{' '}
              {freshnessText(t, locale, hit)} {t('map.fresh.mayBeOld')}
            </Paragraph>
          )}
        </li>
      ))}
    </ol>
  );
}
