// One referral (/verwijzingen/:id), as the caller sees it: its status in words, the steps the caller may take
// (the server's allowedTransitions), the message back, what it is about, the parts of the record that went
// with it and every step taken; for the receiving side the contact moments and linked services of the social
// map (noted and linked while the referral runs), which the resident reads in plain words too. The same page
// for referrer, receiver and resident; the server decides who may do what and answers 404 to anyone else.
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { Facts } from '../consent/Facts.tsx';
import { ActionsSection } from './ActionsSection.tsx';
import {
  CASELOAD_PATH,
  REFERRALS_PATH,
  referralFhirUrl,
  referralsApi,
  type ArrivalState,
  type ReferralView,
} from './api.ts';
import { ConsentSection } from './ConsentSection.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { isWorking, MyWorkSection, WorkSection } from './WorkSection.tsx';
import { destinationText, languageName, statusWord, urgencyWord } from './words.ts';

export function ReferralPage() {
  const { id = '' } = useParams();
  const arrived = (useLocation().state ?? {}) as ArrivalState;
  const [notice, setNotice] = useState<string | null>(arrived.notice ?? null);
  const view = useLoad(() => referralsApi.get(id), id);
  return (
    <LoadState load={view}>
      {(r) => (
        <Referral
          view={r}
          notice={notice}
          onMoved={(message) => {
            setNotice(message);
            view.reload();
          }}
        />
      )}
    </LoadState>
  );
}

function Referral({
  view,
  notice,
  onMoved,
}: {
  view: ReferralView;
  notice: string | null;
  onMoved: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t, locale, formatDateTime } = i18n;
  const me = useMe();
  const to = destinationText(view.to, i18n);
  const mine = view.resident.id === me.id;
  const receiver = view.parties.includes('receiver');
  // Contacts and links once the referral is taken on, and afterwards when there were any.
  const work =
    view.work &&
    (isWorking(view.status) || view.work.contacts.length > 0 || view.work.linkedServices.length > 0)
      ? view.work
      : null;
  const title = mine
    ? t(view.route === 'self' ? 'referrals.detailTitleSelf' : 'referrals.detailTitleMine', { to })
    : t('referrals.detailTitle', { resident: view.resident.name, to });
  const referrer = view.referrer.organisation
    ? t('referrals.facts.referrerAt', { name: view.referrer.name, organisation: view.referrer.organisation })
    : view.referrer.name;

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <AppLink to={REFERRALS_PATH}>{t('referrals.back')}</AppLink>
        {receiver && (
          <>
            {' · '}
            <AppLink to={CASELOAD_PATH}>{t('referrals.toCaseload')}</AppLink>
          </>
        )}
      </Paragraph>
      {notice && <Notice>{notice}</Notice>}
      <div className="wp-narrow">
        <Paragraph lead>
          <strong>{t('referrals.statusNow', { status: statusWord(view.status, i18n) })}</strong>
        </Paragraph>
        <Paragraph>{t(`referrals.statusHelp.${view.status}`)}</Paragraph>
      </div>
      {view.overdue && (
        <Alert type="warning">
          <Paragraph>{t('referrals.overdue')}</Paragraph>
        </Alert>
      )}
      {view.allowedTransitions.length > 0 && (
        <ActionsSection key={view.status} view={view} onMoved={onMoved} />
      )}
      {view.feedback && <FeedbackView feedback={view.feedback} needs={view.needs} />}
      {work && receiver && <WorkSection view={view} work={work} onChanged={onMoved} />}
      {work && !receiver && mine && <MyWorkSection work={work} />}
      <section className="wp-section" aria-labelledby="referral-details-heading">
        <Heading2 id="referral-details-heading">{t('referrals.detailsHeading')}</Heading2>
        <Facts
          rows={[
            [t('referrals.facts.resident'), view.resident.name],
            [t('referrals.facts.referrer'), referrer],
            [t('referrals.facts.to'), to],
            [t('referrals.facts.session'), view.to.session && formatDateTime(view.to.session.startsAt)],
            [
              t('referrals.facts.waitingList'),
              view.to.waitingList ? t('referrals.facts.onWaitingList') : null,
            ],
            [t('referrals.facts.reason'), view.reason],
            [t('referrals.facts.needs'), view.needs.map((n) => n.name).join(', ')],
            [t('referrals.facts.icpc'), view.icpc.join(', ')],
            [t('referrals.facts.urgency'), urgencyWord(view.urgency, i18n)],
            [
              t('referrals.facts.contactBy'),
              view.preferences.contactBy && t(`referrals.contact.${view.preferences.contactBy}`),
            ],
            [
              t('referrals.facts.language'),
              view.preferences.language && languageName(view.preferences.language, locale),
            ],
            [t('referrals.facts.created'), formatDateTime(view.createdAt)],
            [t('referrals.facts.owner'), view.owner],
          ]}
        />
      </section>
      <ConsentSection view={view} mine={mine} />
      <TimelineSection timeline={view.timeline} />
      <Paragraph>
        <a
          className="utrecht-link utrecht-link--html-a"
          href={referralFhirUrl(view.id)}
          download={`wijkpunt-verwijzing-${view.id}.fhir.json`}
          type="application/fhir+json"
        >
          {t('referrals.fhir')}
        </a>
      </Paragraph>
    </>
  );
}
