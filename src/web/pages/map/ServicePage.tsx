import { Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useSession } from '../../session.tsx';
import { selfReferralPath } from '../referrals/api.ts';
import { mapApi } from './api.ts';
import type { PublicService } from './api.ts';
import { freshnessText } from './format.ts';
import { ProfessionalBlock } from './ProfessionalBlock.tsx';
import { ReportForm } from './ReportForm.tsx';
import {
  ContactSection,
  CostSection,
  Section,
  WhenSection,
  WhereSection,
  WhoSection,
} from './ServiceSections.tsx';

/** /sociale-kaart/aanbod/:id — one offer in plain language, printable. */
export function MapServicePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const postcode = params.get('postcode') ?? '';
  const service = useLoad(() => mapApi.service(id, postcode), `${id}|${postcode}`);
  if (service.status === 'error' && service.error.status === 404) return <NotFound />;
  return <LoadState load={service}>{(s) => <ServiceDetails service={s} postcode={postcode} />}</LoadState>;
}

/**
 * For a logged-in resident, when the provider works with Wijkpunt: sign up here (a self-referral the provider
 * receives, which she follows and can withdraw under Verwijzingen).
 */
function SignUpSection({ service: s }: { service: PublicService }) {
  const { t } = useI18n();
  const { state } = useSession();
  if (state.status !== 'authenticated' || !state.me.user.residentId || !s.takes_referrals) return null;
  return (
    <Section id="map-sign-up" title={t('referrals.self.link')}>
      <Paragraph>{t('referrals.self.linkIntro', { organisation: s.organization?.name ?? s.name })}</Paragraph>
      <Paragraph className="map-noprint">
        <AppLink to={selfReferralPath(s.id)}>{t('referrals.self.title', { name: s.name })}</AppLink>
      </Paragraph>
    </Section>
  );
}

/** An offer that is not (or no longer) on the map: say so, and point back to the search. */
function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('map.service.notFoundTitle')}</PageTitle>
      <Paragraph>{t('map.service.notFound')}</Paragraph>
      <Paragraph>
        <AppLink to="/sociale-kaart">{t('map.service.back')}</AppLink>
      </Paragraph>
    </>
  );
}

function ServiceDetails({ service: s, postcode }: { service: PublicService; postcode: string }) {
  const { t, locale } = useI18n();
  // Back to the results the visitor came from (Results passes its search along), else to the search page.
  const state: unknown = useLocation().state;
  const fromSearch =
    state && typeof state === 'object' && 'search' in state && typeof state.search === 'string'
      ? state.search
      : '';
  const org = s.organization;
  return (
    <article className="map-service">
      <Paragraph className="map-noprint">
        <AppLink to={`/sociale-kaart${fromSearch}`}>{t('map.service.back')}</AppLink>
      </Paragraph>
      <PageTitle>{s.name}</PageTitle>
      {org && <Paragraph className="map-service__org">{t('map.service.by', { name: org.name })}</Paragraph>}
      <Paragraph className={s.freshness.stale ? 'map-stale' : 'map-fresh'}>
        {s.freshness.stale && (
          <span aria-hidden="true" className="map-stale__mark">
            !
          </span>
        )}{' '}
        {freshnessText(t, locale, s.freshness)}
        {s.freshness.stale ? ` ${t('map.fresh.mayBeOld')}` : ''}
      </Paragraph>
      {s.alert && <Paragraph className="map-alert">{s.alert}</Paragraph>}

      <Section id="map-what" title={t('map.service.what')}>
        {s.summary && <Paragraph lead>{s.summary}</Paragraph>}
        {s.description && s.description !== s.summary && <Paragraph>{s.description}</Paragraph>}
      </Section>

      <CostSection service={s} />
      <WhenSection service={s} />
      <WhereSection service={s} postcode={postcode} />
      <WhoSection service={s} />
      <ContactSection service={s} />
      <SignUpSection service={s} />

      {s.professional && <ProfessionalBlock professional={s.professional} />}

      <ReportForm serviceId={s.id} />
    </article>
  );
}
