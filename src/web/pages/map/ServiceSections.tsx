// The sections of the service page: costs, times, places, who it is for, contact.
import {
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import type { PublicService } from './api.ts';
import {
  capitalise,
  costText,
  formatDistance,
  formatMoney,
  formatSessionStart,
  formatTime,
  mapLink,
  placesText,
  scheduleText,
} from './format.ts';

type S = { service: PublicService };

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="map-section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** An external link whose address is also printed on paper (print CSS). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return <Link href={href}>{children}</Link>;
}

export function CostSection({ service: s }: S) {
  const { t, locale } = useI18n();
  const prices = s.costs.options.filter((c) => c.amount !== null && c.amount > 0);
  return (
    <Section id="map-cost" title={t('map.service.cost')}>
      <Paragraph>
        <strong>{costText(t, s.costs.free, s.costs.financing_route)}</strong>
        {!s.costs.free && s.costs.financing_route && s.costs.financing_route !== 'free'
          ? ` – ${t(`map.financingHelp.${s.costs.financing_route}`)}`
          : ''}
      </Paragraph>
      {prices.length > 0 && (
        <UnorderedList>
          {prices.map((c, i) => (
            <UnorderedListItem key={i}>
              {formatMoney(c.amount!, c.currency, locale)} {c.option ?? ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {!s.costs.free && s.costs.fees_description && <Paragraph>{s.costs.fees_description}</Paragraph>}
    </Section>
  );
}

export function WhenSection({ service: s }: S) {
  const { t, locale } = useI18n();
  return (
    <Section id="map-when" title={t('map.service.when')}>
      {s.schedules.length > 0 ? (
        <UnorderedList>
          {s.schedules.map((sc, i) => (
            <UnorderedListItem key={i}>
              {scheduleText(t, sc)}
              {sc.notes ? `. ${sc.notes}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('map.service.noSchedule')}</Paragraph>
      )}
      {s.sessions.length > 0 && (
        <>
          <Heading3>{t('map.service.nextSessions')}</Heading3>
          <UnorderedList className="map-sessions">
            {s.sessions.map((x) => (
              <UnorderedListItem key={x.starts_at}>
                <span className="map-sessions__when">
                  {capitalise(formatSessionStart(x.starts_at, locale))}
                  {x.ends_at ? ` – ${formatTime(x.ends_at, locale)}` : ''}
                </span>
                {': '}
                {placesText(t, x.places_left, x.waiting_list)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </Section>
  );
}

export function WhereSection({ service: s, postcode }: S & { postcode: string }) {
  const { t, locale } = useI18n();
  return (
    <Section id="map-where" title={t('map.service.where')}>
      {s.locations.length === 0 && <Paragraph>{t('map.service.noLocation')}</Paragraph>}
      {s.locations.map((l) => (
        <div key={l.id} className="map-location">
          {s.locations.length > 1 && l.name && <Heading3>{l.name}</Heading3>}
          <address className="map-address">
            {s.locations.length === 1 && l.name && (
              <>
                {l.name}
                <br />
              </>
            )}
            {l.address && (
              <>
                {l.address.address_1}
                {l.address.address_2 ? `, ${l.address.address_2}` : ''}
                <br />
                {l.address.postal_code} {l.address.city}
              </>
            )}
          </address>
          {l.distance_km !== null && (
            <Paragraph>
              {t('map.service.distance', { distance: formatDistance(l.distance_km, locale), postcode })}
            </Paragraph>
          )}
          {l.transportation && (
            <Paragraph>
              <strong>{t('map.service.gettingThere')}</strong> {l.transportation}
            </Paragraph>
          )}
          {l.accessibility.length > 0 && (
            <Paragraph>
              <strong>{t('map.service.accessibility')}</strong>{' '}
              {l.accessibility.map((a) => [a.description, a.details].filter(Boolean).join(': ')).join('. ')}
            </Paragraph>
          )}
          {l.latitude !== null && l.longitude !== null && (
            <Paragraph>
              <ExternalLink href={mapLink(l.latitude, l.longitude)}>{t('map.service.openMap')}</ExternalLink>
            </Paragraph>
          )}
        </div>
      ))}
    </Section>
  );
}

export function WhoSection({ service: s }: S) {
  const { t } = useI18n();
  const ages =
    s.minimum_age !== null && s.maximum_age !== null
      ? t('map.service.ageBetween', { min: s.minimum_age, max: s.maximum_age })
      : s.minimum_age !== null
        ? t('map.service.ageFrom', { min: s.minimum_age })
        : s.maximum_age !== null
          ? t('map.service.ageTo', { max: s.maximum_age })
          : null;
  return (
    <Section id="map-who" title={t('map.service.who')}>
      <UnorderedList>
        {s.target_groups.length > 0 && (
          <UnorderedListItem>{s.target_groups.map((g) => g.name).join(', ')}</UnorderedListItem>
        )}
        {ages && <UnorderedListItem>{ages}</UnorderedListItem>}
        {s.languages.length > 0 && (
          <UnorderedListItem>
            {t('map.service.languages', { languages: s.languages.join(', ') })}
          </UnorderedListItem>
        )}
        {s.domains.length > 0 && (
          <UnorderedListItem>
            {t('map.service.domains', { domains: s.domains.map((d) => d.name).join(', ') })}
          </UnorderedListItem>
        )}
        {s.wor_eligible && <UnorderedListItem>{t('map.service.wor')}</UnorderedListItem>}
        {s.bor_eligible && <UnorderedListItem>{t('map.service.bor')}</UnorderedListItem>}
      </UnorderedList>
      {s.eligibility_description && <Paragraph>{s.eligibility_description}</Paragraph>}
    </Section>
  );
}

export function ContactSection({ service: s }: S) {
  const { t } = useI18n();
  const org = s.organization;
  const phones = [...s.phones, ...(org?.phones ?? [])];
  const email = s.email ?? org?.email ?? null;
  const website = s.url ?? org?.website ?? null;
  return (
    <Section id="map-contact" title={t('map.service.contact')}>
      {s.application_process && (
        <Paragraph>
          <strong>{t('map.service.howToApply')}</strong> {s.application_process}
        </Paragraph>
      )}
      {(phones.length > 0 || email || website) && (
        <UnorderedList className="map-contact">
          {phones.map((p, i) => (
            <UnorderedListItem key={`${p.number}-${i}`}>
              {t('map.service.phone')} <Link href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</Link>
              {p.description ? ` (${p.description})` : ''}
            </UnorderedListItem>
          ))}
          {email && (
            <UnorderedListItem>
              {t('map.service.email')} <Link href={`mailto:${email}`}>{email}</Link>
            </UnorderedListItem>
          )}
          {website && (
            <UnorderedListItem>
              {t('map.service.website')} <ExternalLink href={website}>{website}</ExternalLink>
            </UnorderedListItem>
          )}
        </UnorderedList>
      )}
      {phones.length === 0 && !email && !website && <Paragraph>{t('map.service.noContact')}</Paragraph>}
    </Section>
  );
}
