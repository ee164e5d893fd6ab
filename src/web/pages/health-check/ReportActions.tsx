// What the resident can do with her report: send the suggested question to the front desk, save the check to
// her own record, and share her four marks anonymously with the neighbourhood figures. Each needs her own
// click; the last only after ticking a box that starts unticked.
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { SelectField, type Option } from '../../components/fields.tsx';
import { problemMessage } from '../../components/problem.ts';
import type { LoginState } from '../../components/RequireAuth.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useSession } from '../../session.tsx';
import { TextAreaField } from '../consent/fields.tsx';
import { frontdeskApi, questionPath } from '../frontdesk/api.ts';
import { CheckField } from '../map/CheckField.tsx';
import { mapApi } from '../map/api.ts';
import {
  AGE_BANDS,
  healthCheckApi,
  REPORT_PATH,
  TREND_PATH,
  type AgeBand,
  type Bilingual,
  type Contribution,
} from './api.ts';
import type { StoredReport } from './stored.ts';

const LOGIN_STATE: LoginState = { from: { pathname: REPORT_PATH, search: '', hash: '' } };

function LoginLink() {
  const { t } = useI18n();
  return (
    <Paragraph>
      <AppLink to="/inloggen" state={LOGIN_STATE}>
        {t('hc.login')}
      </AppLink>
    </Paragraph>
  );
}

/** Who is looking: nobody logged in, a resident, or someone else (a professional trying it out). */
function useWho(): 'anonymous' | 'resident' | 'other' {
  const { state } = useSession();
  if (state.status !== 'authenticated') return 'anonymous';
  return state.me.roles.includes('resident') ? 'resident' : 'other';
}

function failureOf(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  return error instanceof ApiError ? problemMessage(error, t) : t('error.generic');
}

export function AskFrontdesk({
  suggested,
  askedId,
  onAsked,
}: {
  suggested: Bilingual;
  askedId: string | null;
  onAsked: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const who = useWho();
  const [text, setText] = useState(suggested[locale]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (askedId)
    return (
      <Alert type="ok">
        <Paragraph role="status">{t('hc.ask.sent')}</Paragraph>
        <Paragraph>
          <AppLink to={questionPath(askedId)}>{t('hc.ask.open')}</AppLink>
        </Paragraph>
      </Alert>
    );
  if (who === 'anonymous')
    return (
      <div className="wp-no-print">
        <Paragraph>{t('hc.ask.loginFirst')}</Paragraph>
        <LoginLink />
      </div>
    );
  if (who === 'other') return <Paragraph className="wp-no-print">{t('hc.ask.onlyResidents')}</Paragraph>;

  const send = async () => {
    if (!text.trim()) {
      setError(t('hc.ask.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const asked = await frontdeskApi.ask({ text: text.trim() });
      onAsked(asked.id);
    } catch (e) {
      setError(failureOf(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="wp-no-print"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TextAreaField
        id="hc-ask"
        label={t('hc.ask.label')}
        description={t('hc.ask.help')}
        value={text}
        onChange={setText}
        error={error ?? undefined}
        maxLength={4000}
        rows={5}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('hc.ask.send')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function SaveCheck({
  response,
  savedAt,
  onSaved,
}: {
  response: QuestionnaireResponse;
  savedAt: string | null;
  onSaved: (at: string) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const who = useWho();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await healthCheckApi.save(response);
      onSaved(saved.authored);
    } catch (e) {
      setError(failureOf(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="wp-hc-block wp-no-print" aria-labelledby="hc-save">
      <Heading2 id="hc-save">{t('hc.save.title')}</Heading2>
      {savedAt ? (
        <Alert type="ok">
          <Paragraph role="status">{t('hc.save.done', { when: formatDateTime(savedAt) })}</Paragraph>
          <Paragraph>
            <AppLink to={TREND_PATH}>{t('hc.save.trend')}</AppLink>
          </Paragraph>
          <Paragraph>
            <AppLink to="/mijn-dossier">{t('hc.save.record')}</AppLink>
          </Paragraph>
        </Alert>
      ) : who === 'resident' ? (
        <>
          <Paragraph>{t('hc.save.intro')}</Paragraph>
          {error && (
            <Alert type="error">
              <Paragraph>{error}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} onClick={() => void save()}>
              {t('hc.save.button')}
            </Button>
          </ButtonGroup>
        </>
      ) : who === 'anonymous' ? (
        <>
          <Paragraph>{t('hc.save.loginFirst')}</Paragraph>
          <LoginLink />
        </>
      ) : (
        <Paragraph>{t('hc.save.onlyResidents')}</Paragraph>
      )}
    </section>
  );
}

/** The age band of the answered age, when there is one. */
function bandOf(response: QuestionnaireResponse): AgeBand | '' {
  const find = (items: QuestionnaireResponse['item']): number | undefined => {
    for (const item of items ?? []) {
      if (item.linkId === 'leeftijd') return item.answer?.[0]?.valueInteger;
      const inner = find(item.item) ?? find(item.answer?.flatMap((a) => a.item ?? []));
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  const age = find(response.item);
  if (age === undefined || age < 18) return '';
  if (age < 30) return '18-29';
  if (age < 45) return '30-44';
  if (age < 65) return '45-64';
  if (age < 75) return '65-74';
  return '75+';
}

const WIJK = /^WK\d{6}$/;
type DomainScores = Contribution['domainScores'];

export function Contribute({
  stored,
  contributed,
  onContributed,
}: {
  stored: StoredReport;
  contributed: boolean;
  onContributed: () => void;
}) {
  const { t } = useI18n();
  const [agreed, setAgreed] = useState(false);
  const [band, setBand] = useState<AgeBand | ''>(() => bandOf(stored.response));
  const [wijk, setWijk] = useState('');
  const [wijken, setWijken] = useState<Option[] | null>(null);
  const [errors, setErrors] = useState<{ band?: string; wijk?: string; send?: string }>({});
  const [busy, setBusy] = useState(false);
  const domains = stored.result.report.domains;
  if (domains.some((d) => d.score === null)) return null;
  const marks = Object.fromEntries(domains.map((d) => [d.domain, d.score ?? 0])) as DomainScores;

  const tick = (on: boolean) => {
    setAgreed(on);
    if (on && wijken === null) {
      // The neighbourhoods the social map shows publicly (its filter choices).
      mapApi.search({}).then(
        (r) =>
          setWijken(
            r.facets.neighbourhoods
              .filter((n) => WIJK.test(n.code))
              .map((n) => ({ value: n.code, label: n.name }))
              .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
          ),
        () => setWijken([]),
      );
    }
  };
  const send = async () => {
    const missing = {
      ...(band ? {} : { band: t('hc.share.chooseBand') }),
      ...(wijk ? {} : { wijk: t('hc.share.chooseWijk') }),
    };
    setErrors(missing);
    if (!band || !wijk) return;
    setBusy(true);
    try {
      await healthCheckApi.contribute({
        ageBand: band,
        neighbourhoodCbsCode: wijk,
        domainScores: marks,
      });
      onContributed();
    } catch (e) {
      setErrors({ send: failureOf(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="wp-hc-block wp-no-print" aria-labelledby="hc-share">
      <Heading2 id="hc-share">{t('hc.share.title')}</Heading2>
      <Paragraph>{t('hc.share.intro')}</Paragraph>
      <Paragraph>{t('hc.share.what')}</Paragraph>
      {contributed ? (
        <Alert type="ok">
          <Paragraph role="status">{t('hc.share.done')}</Paragraph>
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <CheckField id="hc-share-agree" label={t('hc.share.agree')} checked={agreed} onChange={tick} />
          {agreed && (
            <>
              <SelectField
                id="hc-share-band"
                label={t('hc.share.band')}
                value={band}
                onChange={(v) => setBand(v as AgeBand | '')}
                options={AGE_BANDS.map((b) => ({ value: b, label: t('hc.share.years', { band: b }) }))}
                placeholder={t('hc.share.choose')}
                error={errors.band}
                required
              />
              {wijken !== null && wijken.length === 0 ? (
                <Paragraph>{t('hc.share.noWijken')}</Paragraph>
              ) : (
                <SelectField
                  id="hc-share-wijk"
                  label={t('hc.share.wijk')}
                  value={wijk}
                  onChange={setWijk}
                  options={wijken ?? []}
                  placeholder={wijken === null ? t('app.loading') : t('hc.share.choose')}
                  error={errors.wijk}
                  required
                />
              )}
              {errors.send && (
                <Alert type="error">
                  <Paragraph>{errors.send}</Paragraph>
                </Alert>
              )}
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={busy}>
                  {t('hc.share.send')}
                </Button>
              </ButtonGroup>
            </>
          )}
        </form>
      )}
    </section>
  );
}
