// /gezondheidscheck/rapport: the personal report, from this browser's sessionStorage (a reload keeps it; it
// went to the server only to be computed). In this order: where to get help now (when PHQ-9 item 9 ≥ 1), the
// advice to talk to the GP or practice nurse with a question for the front desk, per domain the mark and its
// light in colour and words, what goes well and what could help, a chart with a table, the matched offers,
// then saving, the anonymous contribution and printing. Under 18: where to go instead.
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import {
  CHECK_PATH,
  QUESTIONS_PATH,
  type Bilingual,
  type DomainReport,
  type Light,
  type Match,
} from './api.ts';
import { DomainBars } from './charts.tsx';
import { AskFrontdesk, Contribute, SaveCheck } from './ReportActions.tsx';
import { forgetAll, forgetAnswers, readReport, writeReport, type StoredReport } from './stored.ts';

export const servicePath = (id: string) => `/sociale-kaart/aanbod/${encodeURIComponent(id)}`;

export function ReportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [stored, setStored] = useState(readReport);
  const update = (change: Partial<StoredReport>) =>
    setStored((s) => {
      if (!s) return s;
      const next = { ...s, ...change };
      writeReport(next);
      return next;
    });

  if (!stored) {
    return (
      <div className="wp-hc wp-narrow">
        <PageTitle>{t('hc.report.title')}</PageTitle>
        <Paragraph>{t('hc.report.none')}</Paragraph>
        <Paragraph>
          <AppLink to={CHECK_PATH}>{t('hc.report.toStart')}</AppLink>
        </Paragraph>
      </div>
    );
  }

  const { report, matches, needs } = stored.result;
  const redo = () => {
    forgetAnswers();
    void navigate(QUESTIONS_PATH);
  };
  const wipe = () => {
    forgetAll();
    void navigate(CHECK_PATH);
  };

  return (
    <div className="wp-hc wp-hc-report">
      <PageTitle>{t('hc.report.title')}</PageTitle>
      <Paragraph className="wp-hc-kept">{t('hc.report.kept')}</Paragraph>

      {report.safety && <Safety safety={report.safety} />}

      {!report.adult ? (
        <UnderAge text={report.underAge} />
      ) : (
        <>
          {report.adviceCare && (
            <section className="wp-hc-block wp-hc-advice" aria-labelledby="hc-advice">
              <Heading2 id="hc-advice">{t('hc.advice.title')}</Heading2>
              <Text value={report.adviceCare.text} />
              <UnorderedList>
                {report.adviceCare.reasons.map((r) => (
                  <UnorderedListItem key={r.key}>
                    <Text value={r.text} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
              <AskFrontdesk
                suggested={report.adviceCare.frontdesk.suggestedText}
                askedId={stored.askedQuestionId}
                onAsked={(askedQuestionId) => update({ askedQuestionId })}
              />
            </section>
          )}

          <Domains domains={report.domains} />

          <section className="wp-hc-block" aria-labelledby="hc-offers">
            <Heading2 id="hc-offers">{t('hc.offers.title')}</Heading2>
            {needs.length > 0 && (
              <>
                <Paragraph>{t('hc.offers.needsIntro')}</Paragraph>
                <UnorderedList>
                  {needs.map((n) => (
                    <UnorderedListItem key={n.need}>
                      <strong>
                        <Text value={n.name} />
                      </strong>
                      {': '}
                      <Text value={n.because} />
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            )}
            {stored.unknownPostcode && (
              <Alert type="warning">
                <Paragraph>{t('hc.offers.unknownPostcode', { postcode: stored.unknownPostcode })}</Paragraph>
              </Alert>
            )}
            <Matches matches={matches} hasNeeds={needs.length > 0} />
          </section>

          <SaveCheck
            response={stored.response}
            savedAt={stored.savedAt}
            onSaved={(savedAt) => update({ savedAt })}
          />
          <Contribute
            stored={stored}
            contributed={stored.contributed}
            onContributed={() => update({ contributed: true })}
          />
        </>
      )}

      <section className="wp-hc-block wp-no-print" aria-labelledby="hc-next">
        <Heading2 id="hc-next">{t('hc.next.title')}</Heading2>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => window.print()}>
            {t('hc.next.print')}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={() => void navigate(`${QUESTIONS_PATH}?stap=overzicht`)}
          >
            {t('hc.next.change')}
          </Button>
          <Button appearance="secondary-action-button" onClick={redo}>
            {t('hc.next.redo')}
          </Button>
        </ButtonGroup>
        <Paragraph>{t('hc.next.wipeIntro')}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={wipe}>
            {t('hc.wipe')}
          </Button>
        </ButtonGroup>
      </section>
    </div>
  );
}

/** A server text in the page's language. */
export function Text({ value }: { value: Bilingual }) {
  const { locale } = useI18n();
  return <>{value[locale]}</>;
}

function Phone({ number }: { number: string }) {
  return (
    <a className="utrecht-link utrecht-link--html-a wp-hc-phone" href={`tel:${number.replace(/\D/g, '')}`}>
      {number}
    </a>
  );
}

function Safety({ safety }: { safety: NonNullable<StoredReport['result']['report']['safety']> }) {
  const { t } = useI18n();
  return (
    <section className="wp-hc-block wp-hc-safety" aria-labelledby="hc-safety">
      <Alert type="warning">
        <Heading2 id="hc-safety">{t('hc.safety.title')}</Heading2>
        <Paragraph>
          <Text value={safety.text} />
        </Paragraph>
        <UnorderedList>
          {safety.contacts.map((c) => (
            <UnorderedListItem key={c.key}>
              <strong>
                <Text value={c.name} />
              </strong>
              {c.phone && (
                <>
                  {': '}
                  <Phone number={c.phone} />
                </>
              )}
              {'. '}
              <Text value={c.when} />
              {c.url && (
                <>
                  {' '}
                  <a className="utrecht-link utrecht-link--html-a" href={c.url}>
                    {c.url.replace(/^https?:\/\//, '')}
                  </a>
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </section>
  );
}

function UnderAge({ text }: { text: Bilingual | null }) {
  const { t } = useI18n();
  return (
    <section className="wp-hc-block" aria-labelledby="hc-young">
      <Heading2 id="hc-young">{t('hc.young.title')}</Heading2>
      {text && (
        <Paragraph>
          <Text value={text} />
        </Paragraph>
      )}
      <UnorderedList>
        <UnorderedListItem>{t('hc.young.school')}</UnorderedListItem>
        <UnorderedListItem>{t('hc.young.gp')}</UnorderedListItem>
        <UnorderedListItem>
          {t('hc.young.kindertelefoon')} <Phone number="0800-0432" />.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        <AppLink to="/sociale-kaart">{t('hc.young.map')}</AppLink>
      </Paragraph>
    </section>
  );
}

/** The light as a coloured dot and in words. */
export function LightWord({ light }: { light: Light | null }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`wp-hc-dot wp-hc-dot--${light ?? 'none'}`} aria-hidden="true" />
      {t(`hc.light.${light ?? 'none'}` as MessageKey)}
    </>
  );
}

function Domains({ domains }: { domains: DomainReport[] }) {
  const { t, locale } = useI18n();
  return (
    <section className="wp-hc-block" aria-labelledby="hc-domains">
      <Heading2 id="hc-domains">{t('hc.domains.title')}</Heading2>
      <Paragraph>{t('hc.domains.intro')}</Paragraph>
      <DomainBars domains={domains} />
      <DataTable
        caption={t('hc.domains.table')}
        columns={[
          { header: t('hc.domains.domain'), cell: (d) => d.name[locale], rowHeader: true },
          { header: t('hc.domains.mark'), cell: (d) => d.score ?? '–', numeric: true },
          { header: t('hc.domains.light'), cell: (d) => <LightWord light={d.light} /> },
        ]}
        rows={domains}
        rowKey={(d) => d.domain}
      />
      {domains.map((d) => (
        <div key={d.domain} className="wp-hc-domain">
          <Heading3>{d.name[locale]}</Heading3>
          <Paragraph>
            {d.score === null ? t('hc.domains.noMark') : t('hc.domains.yourMark', { mark: d.score })}{' '}
            <LightWord light={d.light} />
          </Paragraph>
          {d.goesWell.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('hc.domains.goesWell')}</strong>
              </Paragraph>
              <UnorderedList>
                {d.goesWell.map((p) => (
                  <UnorderedListItem key={p.key}>
                    <Text value={p.text} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {d.couldHelp.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('hc.domains.couldHelp')}</strong>
              </Paragraph>
              <UnorderedList>
                {d.couldHelp.map((p) => (
                  <UnorderedListItem key={p.key}>
                    <Text value={p.text} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {d.wantsToTalk && <Paragraph>{t('hc.domains.wantsToTalk')}</Paragraph>}
        </div>
      ))}
    </section>
  );
}

/** The best few first: a long list is hard to take in. The rest comes on request, focus on the first of it. */
const FIRST_MATCHES = 5;

function Matches({ matches, hasNeeds }: { matches: Match[]; hasNeeds: boolean }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  if (!matches.length)
    return (
      <>
        <Paragraph>{hasNeeds ? t('hc.offers.none') : t('hc.offers.noNeeds')}</Paragraph>
        <Paragraph>
          <AppLink to="/sociale-kaart">{t('hc.offers.map')}</AppLink>
        </Paragraph>
      </>
    );
  const more = matches.length - FIRST_MATCHES;
  return (
    <>
      <Paragraph>{t('hc.offers.intro', { count: matches.length })}</Paragraph>
      <ul className="wp-hc-matches">
        {(all ? matches : matches.slice(0, FIRST_MATCHES)).map((m, i) => (
          <li key={m.serviceId} className="wp-hc-match">
            <Heading3>
              <AppLink to={servicePath(m.serviceId)} ref={i === FIRST_MATCHES ? firstMore : undefined}>
                {m.name}
              </AppLink>
            </Heading3>
            {m.organization && <Paragraph className="wp-hc-org">{m.organization.name}</Paragraph>}
            {m.summary && <Paragraph>{m.summary}</Paragraph>}
            <Paragraph>
              <strong>{t('hc.offers.why')}</strong> <Text value={m.text} />
            </Paragraph>
          </li>
        ))}
      </ul>
      {!all && more > 0 && (
        <ButtonGroup className="wp-no-print">
          <Button appearance="secondary-action-button" onClick={() => setAll(true)}>
            {t('hc.offers.more', { count: more })}
          </Button>
        </ButtonGroup>
      )}
      <Paragraph className="wp-no-print">
        <AppLink to="/sociale-kaart">{t('hc.offers.map')}</AppLink>
      </Paragraph>
    </>
  );
}
