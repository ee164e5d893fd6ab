// The questions to the GP of one case: to whom, the question, the parts of the record, where the resident's
// consent stands, and the advice once given. The consultant also finds the parts of the record the consent
// lets them read; the resident finds the way to Toestemmingen while a question waits for her.
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_PATHS } from '../../navigation.ts';
import { sharedRecordPath } from '../consent/api.ts';
import { Facts } from '../consent/Facts.tsx';
import { partsText } from '../consent/words.ts';
import { AdviceText } from './AdviceText.tsx';
import type { AdviceView, WmoCase } from './api.ts';
import { consentWord } from './words.ts';

type Reader = 'consultant' | 'resident';

export function AdviceSection({ c, reader }: { c: WmoCase; reader: Reader }) {
  const { t } = useI18n();
  const mine = reader === 'resident';
  return (
    <section className="wp-section" aria-labelledby="wmo-advice-heading">
      <Heading2 id="wmo-advice-heading">
        {mine ? t('wmo.mine.adviceHeading') : t('wmo.advice.heading')}
      </Heading2>
      {c.advice.length ? (
        <ul className="wp-card-list">
          {[...c.advice].reverse().map((a) => (
            <AdviceCard key={a.id} a={a} reader={reader} residentId={c.resident.id} />
          ))}
        </ul>
      ) : (
        <Paragraph>{mine ? t('wmo.mine.adviceNone') : t('wmo.advice.none')}</Paragraph>
      )}
    </section>
  );
}

function AdviceCard({ a, reader, residentId }: { a: AdviceView; reader: Reader; residentId: string }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const mine = reader === 'resident';
  const gp = a.gp.organisation ? `${a.gp.name}, ${a.gp.organisation}` : a.gp.name;
  return (
    <li className="wp-panel">
      <Heading3>{t('wmo.advice.to', { gp: a.gp.name })}</Heading3>
      <Facts
        rows={[
          [t('wmo.advice.gp'), gp],
          [t('wmo.advice.question'), a.question],
          [mine ? t('wmo.mine.parts') : t('wmo.advice.parts'), partsText(a.categories, i18n)],
          [t('wmo.advice.askedOn'), formatDateTime(a.createdAt)],
          [
            mine ? t('wmo.mine.consent') : t('wmo.advice.consent'),
            <strong key="consent">{consentWord(a.consent, reader, i18n)}</strong>,
          ],
        ]}
      />
      {!a.advice && <Paragraph>{waitingText(a, reader, i18n.t)}</Paragraph>}
      {mine && a.consent === 'requested' && (
        <Paragraph>
          <AppLink to={NAV_PATHS.consents}>{t('wmo.mine.toConsents')}</AppLink>
        </Paragraph>
      )}
      {!mine && a.consent === 'active' && (
        <>
          <Paragraph>{t('wmo.advice.readParts', { name: a.resident.name })}</Paragraph>
          <UnorderedList>
            {a.categories.map((part) => (
              <UnorderedListItem key={part}>
                <AppLink to={sharedRecordPath(residentId, { purpose: 'wmo_advice', purposeRef: a.id }, part)}>
                  {t(`record.cat.${part}`)}
                </AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <AdviceText a={a} />
    </li>
  );
}

/** What happens next while there is no advice yet. */
function waitingText(a: AdviceView, reader: Reader, t: ReturnType<typeof useI18n>['t']): string {
  const mine = reader === 'resident';
  switch (a.consent) {
    case 'requested':
      return mine ? t('wmo.mine.waitRequested') : t('wmo.advice.waitRequested');
    case 'active':
      return mine ? t('wmo.mine.waitActive') : t('wmo.advice.waitActive');
    case 'declined':
    case 'withdrawn':
    case 'ended':
      return mine ? t('wmo.mine.waitStopped') : t('wmo.advice.waitStopped');
  }
}
