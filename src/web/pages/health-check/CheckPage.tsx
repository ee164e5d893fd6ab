// /gezondheidscheck: what the check is, what happens with the answers (they stay in this browser; nothing
// personal is stored without logging in), a button that wipes them from this browser, and the optional
// wishes for matching (postcode, days, accessible) before starting.
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxGroup, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import { useSession } from '../../session.tsx';
import { CheckField } from '../map/CheckField.tsx';
import { DAYS, QUESTIONS_PATH, REPORT_PATH, TREND_PATH, type Day } from './api.ts';
import { forgetAll, holdsAnything, readPreferences, readReport, writePreferences } from './stored.ts';

export function CheckPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const navigate = useNavigate();
  const resident =
    state.status === 'authenticated' && state.me.navigation.some((n) => n.key === 'health-check');
  const [prefs, setPrefs] = useState(readPreferences);
  const [held, setHeld] = useState(holdsAnything);
  const [hasReport, setHasReport] = useState(() => readReport() !== null);
  const [wiped, setWiped] = useState(false);

  const start = (event: FormEvent) => {
    event.preventDefault();
    writePreferences(prefs);
    void navigate(QUESTIONS_PATH);
  };
  const wipe = () => {
    forgetAll();
    setPrefs(readPreferences());
    setHeld(false);
    setHasReport(false);
    setWiped(true);
  };

  return (
    <div className="wp-hc wp-narrow">
      <PageTitle>{t('hc.title')}</PageTitle>
      <Paragraph lead>{t('hc.intro.lead')}</Paragraph>

      <Heading2>{t('hc.intro.getTitle')}</Heading2>
      <UnorderedList>
        {(['hc.intro.get1', 'hc.intro.get2', 'hc.intro.get3', 'hc.intro.get4'] as MessageKey[]).map((k) => (
          <UnorderedListItem key={k}>{t(k)}</UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading2>{t('hc.intro.privacyTitle')}</Heading2>
      <Paragraph>{t('hc.intro.privacy1')}</Paragraph>
      <Paragraph>{t('hc.intro.privacy2')}</Paragraph>
      <Paragraph>{resident ? t('hc.intro.residentSave') : t('hc.intro.loginSave')}</Paragraph>
      {resident && (
        <Paragraph>
          <AppLink to={TREND_PATH}>{t('hc.intro.trendLink')}</AppLink>
        </Paragraph>
      )}

      {held && (
        <Alert type="info">
          <Paragraph>{t('hc.intro.held')}</Paragraph>
          {hasReport && (
            <Paragraph>
              <AppLink to={REPORT_PATH}>{t('hc.intro.openReport')}</AppLink>
            </Paragraph>
          )}
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={wipe}>
              {t('hc.wipe')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      {wiped && (
        <Alert type="ok">
          <Paragraph role="status">{t('hc.wiped')}</Paragraph>
        </Alert>
      )}

      <form onSubmit={start} noValidate aria-labelledby="hc-prefs-title">
        <Heading2 id="hc-prefs-title">{t('hc.prefs.title')}</Heading2>
        <Paragraph>{t('hc.prefs.intro')}</Paragraph>
        <TextField
          id="hc-postcode"
          label={t('hc.prefs.postcode')}
          description={t('hc.prefs.postcodeHelp')}
          autoComplete="postal-code"
          value={prefs.postcode}
          onChange={(postcode) => setPrefs((p) => ({ ...p, postcode }))}
        />
        <CheckboxGroup
          id="hc-days"
          legend={t('hc.prefs.days')}
          options={DAYS.map((d) => ({ value: d, label: t(`hc.day.${d}` as MessageKey) }))}
          value={prefs.days}
          onChange={(days) => setPrefs((p) => ({ ...p, days: days as Day[] }))}
        />
        <CheckField
          id="hc-accessible"
          label={t('hc.prefs.accessible')}
          checked={prefs.accessible}
          onChange={(accessible) => setPrefs((p) => ({ ...p, accessible }))}
        />
        <ButtonGroup className="wp-hc-start">
          <Button type="submit" appearance="primary-action-button">
            {held && !wiped ? t('hc.intro.continue') : t('hc.intro.start')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
