import {
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import type { PublicService } from './api.ts';

type Professional = NonNullable<PublicService['professional']>;

/** Contact persons and the referral route: the server sends these to professionals only. */
export function ProfessionalBlock({ professional: p }: { professional: Professional }) {
  const { t } = useI18n();
  const r = p.referral;
  return (
    <section className="map-section map-professional" aria-labelledby="map-professional">
      <Heading2 id="map-professional">{t('map.pro.title')}</Heading2>
      <Paragraph small>{t('map.pro.intro')}</Paragraph>
      <Heading3>{t('map.pro.referral')}</Heading3>
      <UnorderedList>
        <UnorderedListItem>{r.application_process ?? t('map.pro.noApplication')}</UnorderedListItem>
        {r.eligibility_description && <UnorderedListItem>{r.eligibility_description}</UnorderedListItem>}
        {r.wait_time && <UnorderedListItem>{t('map.pro.waitTime', { wait: r.wait_time })}</UnorderedListItem>}
        {r.required_documents.length > 0 && (
          <UnorderedListItem>
            {t('map.pro.documents', { documents: r.required_documents.join(', ') })}
          </UnorderedListItem>
        )}
        <UnorderedListItem>{r.wor_eligible ? t('map.pro.worYes') : t('map.pro.worNo')}</UnorderedListItem>
        <UnorderedListItem>{r.bor_eligible ? t('map.pro.borYes') : t('map.pro.borNo')}</UnorderedListItem>
      </UnorderedList>
      <Heading3>{t('map.pro.contacts')}</Heading3>
      {p.contacts.length === 0 ? (
        <Paragraph>{t('map.pro.noContacts')}</Paragraph>
      ) : (
        <UnorderedList>
          {p.contacts.map((c, i) => (
            <UnorderedListItem key={i}>
              <strong>{c.name ?? t('map.pro.unnamed')}</strong>
              {c.title ? `, ${c.title}` : ''}
              {c.department ? ` (${c.department})` : ''}
              {c.email && (
                <>
                  {' – '}
                  <Link href={`mailto:${c.email}`}>{c.email}</Link>
                </>
              )}
              {c.phones.map((ph) => (
                <span key={ph.number}>
                  {' – '}
                  <Link href={`tel:${ph.number.replace(/[^\d+]/g, '')}`}>{ph.number}</Link>
                </span>
              ))}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
