// The resident's consents, one card each (readable on a phone): who, what for, which parts, the period,
// the status in words and when it was last used; an active one can be withdrawn after a confirmation.
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import { problemMessage } from '../../components/problem.ts';
import { useI18n } from '../../i18n/context.tsx';
import { consentApi, type Consent, type ConsentStatus } from './api.ts';
import { Facts } from './Facts.tsx';
import { granteeText, partsText, periodText, purposeText, statusWord } from './words.ts';

/** Active consents first, then the ones that no longer hold. */
const ORDER: Record<ConsentStatus, number> = {
  active: 0,
  requested: 1,
  expired: 2,
  withdrawn: 3,
  declined: 4,
};

export function ConsentList({
  consents,
  onDone,
}: {
  consents: Consent[];
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const sorted = [...consents].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <section className="wp-section" aria-labelledby="consent-list-heading">
      <Heading2 id="consent-list-heading">{t('consent.listHeading')}</Heading2>
      {sorted.length ? (
        <ul className="wp-card-list">
          {sorted.map((c) => (
            <ConsentCard key={c.id} consent={c} onDone={onDone} />
          ))}
        </ul>
      ) : (
        <Paragraph>{t('consent.none')}</Paragraph>
      )}
    </section>
  );
}

function ConsentCard({ consent: c, onDone }: { consent: Consent; onDone: (message: string) => void }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const name = c.grantee.name;
  const headingId = `consent-${c.id}-heading`;

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  const withdraw = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await consentApi.withdraw(c.id);
      setConfirming(false);
      onDone(t('consent.withdrawn', { name }));
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`wp-panel wp-consent wp-consent--${c.status}`}>
      <Heading3 id={headingId}>{name}</Heading3>
      <Facts
        rows={[
          [t('consent.who'), granteeText(c.grantee, i18n)],
          [t('consent.purpose'), purposeText(c.purpose, c.purposeRef, i18n, c.purposeRefName)],
          [t('consent.parts'), partsText(c.categories, i18n)],
          [t('consent.period'), periodText(c, i18n)],
          [t('consent.status'), <strong key="status">{statusWord(c.status, i18n)}</strong>],
          [t('consent.lastUsed'), c.lastUsedAt ? formatDateTime(c.lastUsedAt) : t('consent.neverUsed')],
          [t('consent.askedBy'), c.requestedBy],
        ]}
      />
      {problem && (
        <Alert type="error">
          <Paragraph>{problemMessage(problem, t)}</Paragraph>
        </Alert>
      )}
      {c.status === 'active' &&
        (confirming ? (
          <div
            ref={question}
            tabIndex={-1}
            className="wp-confirm"
            role="group"
            aria-labelledby={`${headingId}-confirm`}
          >
            <Alert type="warning">
              <Paragraph id={`${headingId}-confirm`}>
                <strong>{t('consent.confirmTitle', { name })}</strong>
              </Paragraph>
              <Paragraph>{t('consent.confirmText', { name })}</Paragraph>
            </Alert>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                hint="danger"
                busy={busy}
                onClick={() => void withdraw()}
              >
                {t('consent.confirmYes')}
              </Button>
              <Button appearance="secondary-action-button" onClick={cancel}>
                {t('consent.confirmNo')}
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <ButtonGroup>
            <Button
              ref={opener}
              appearance="secondary-action-button"
              hint="danger"
              aria-label={t('consent.withdrawLabel', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('consent.withdraw')}
            </Button>
          </ButtonGroup>
        ))}
    </li>
  );
}
