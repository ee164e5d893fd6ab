// The questionnaire filler (issue 5, part 1): any Questionnaire the API gives, one screen at a time on a
// phone. The engine (engine.ts, pure) runs in the browser, so enableWhen, the screens, the progress and the
// errors follow every answer at once; the server's POST …/validate is asked only at the end, for the score.
// The screen is in the URL (?vraag=<linkId>, ?stap=overzicht), so the browser's own Back works too, and
// "Wijzigen" in the summary is a real link. Answers are kept in this browser per url|version (kept.ts) —
// also those of questions that an answer hides again — so Back, Next, a reload or a visit next week lose
// nothing. The health check reuses this component: `onComplete` hands it the completed response for its report.
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Definition, ItemDef } from '../../../modules/health-check/questionnaires/definition.ts';
import {
  evaluate,
  type AnswerError,
  type Screen,
} from '../../../modules/health-check/questionnaires/engine.ts';
import { pickLanguage } from '../../../server/errors.ts';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { RequiredNote } from '../../components/fields.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useI18n, type I18n } from '../../i18n/context.tsx';
import {
  optionKey,
  optionLabel,
  optionsOf,
  questionsIn,
  toResponse,
  documentOrder,
  type Draft,
} from './answers.ts';
import { questionnairesApi, type QuestionnaireDetail, type ValidateOut } from './api.ts';
import { useKeptAnswers } from './kept.ts';
import { QuestionField } from './QuestionField.tsx';
import { ScoreResult } from './ScoreResult.tsx';

const SUMMARY = 'summary';

export interface FillerProps {
  questionnaire: Pick<QuestionnaireDetail, 'id' | 'url' | 'version' | 'title'>;
  definition: Definition;
  /** What to show once the answers are in; by default the linked scorer's result. */
  renderResult?: (result: ValidateOut) => ReactNode;
  /**
   * Instead of the server's validate and the result here: the completed response goes to the caller (the
   * health check asks for its report and opens it). A thrown ApiError is shown on the summary.
   */
  onComplete?: (response: QuestionnaireResponse) => Promise<void>;
}

/** The canonical reference of the stored definition, which the kept answers and the response name. */
export const canonicalOfDetail = (q: Pick<QuestionnaireDetail, 'url' | 'version'>) =>
  q.version ? `${q.url}|${q.version}` : q.url;

/** A safe, unique element id for an item. */
const fieldId = (order: ReadonlyMap<string, number>, linkId: string) => `q-${order.get(linkId) ?? 'x'}`;

export function QuestionnaireFiller({ questionnaire, definition, renderResult, onComplete }: FillerProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const canonical = canonicalOfDetail(questionnaire);
  const kept = useKeptAnswers(canonical);
  const { answers } = kept;
  const order = useMemo(() => documentOrder(definition), [definition]);

  const evaluation = useMemo(
    () => evaluate(definition, toResponse(definition, answers, { questionnaire: canonical })),
    [definition, answers, canonical],
  );
  const { screens, errors } = evaluation;

  // ── where we are ──
  const [params, setParams] = useSearchParams();
  const asked = params.get('stap') === 'overzicht' ? SUMMARY : params.get('vraag');
  const fromSummary = params.get('terug') === 'overzicht';
  /** The screen for a linkId, or the next one in document order when it has none now; else the summary. */
  const resolve = (at: string | null): number => {
    if (at === null) return 0;
    if (at === SUMMARY) return screens.length;
    const exact = screens.findIndex((s) => s.linkId === at);
    if (exact >= 0) return exact;
    const pos = order.get(at);
    if (pos === undefined) return 0;
    const next = screens.findIndex((s) => (order.get(s.linkId) ?? 0) > pos);
    return next >= 0 ? next : screens.length;
  };
  const index = resolve(asked ?? kept.at);
  const screen: Screen | undefined = screens[index];
  const here = screen ? screen.linkId : SUMMARY;

  const paramsFor = (at: string, back = false): Record<string, string> =>
    at === SUMMARY ? { stap: 'overzicht' } : { vraag: at, ...(back ? { terug: 'overzicht' } : {}) };

  // Opening the page without a screen in the URL goes to where she was (replacing, so Back leaves the page).
  const { setAt } = kept;
  const missing = asked === null;
  useEffect(() => {
    if (missing) setParams(paramsFor(here), { replace: true });
    // paramsFor is pure; `here` is the screen resolved from what was kept.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missing]);
  useEffect(() => setAt(here), [here, setAt]);

  // ── focus and errors ──
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [tried, setTried] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<ValidateOut | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [here, result]);

  const go = (at: string, back = false) => {
    moved.current = true;
    setFailure(null);
    setParams(paramsFor(at, back));
  };

  const say = (e: AnswerError) => pickLanguage(e.message, locale) ?? e.message;
  const errorsOf = (s: Screen): AnswerError[] => errors.filter((e) => s.items.includes(e.linkId));
  const errorAt = (linkId: string, s: Screen): string | undefined => {
    if (!tried.has(s.linkId)) return undefined;
    const e = errors.find((x) => x.linkId === linkId);
    return e ? say(e) : undefined;
  };
  const focusFirstError = (s: Screen) => {
    const first = errorsOf(s)[0];
    if (!first) return;
    requestAnimationFrame(() => {
      const field = document.getElementById(fieldId(order, first.linkId));
      (field ?? heading.current)?.focus();
    });
  };

  // ── progress: questions, counted over the screens as they are now ──
  const counts = screens.map((s) => questionsIn(definition, s.items).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const before = counts.slice(0, index).reduce((a, b) => a + b, 0);
  const progressOf = (n: number) =>
    n === 0
      ? t('questionnaires.progressInfo', { next: Math.min(before + 1, total), total })
      : n === 1
        ? t('questionnaires.progress', { n: before + 1, total })
        : t('questionnaires.progressMany', { from: before + 1, to: before + n, total });

  const startOver = () => {
    kept.clear();
    setTried(new Set());
    setResult(null);
    go(screens[0]?.linkId ?? SUMMARY);
  };

  const restoredNotice = kept.restored && !result && (
    <div className="wp-q-restored">
      <Alert type="info">
        <Paragraph>{t('questionnaires.restored')}</Paragraph>
      </Alert>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={startOver}>
          {t('questionnaires.startOver')}
        </Button>
      </ButtonGroup>
    </div>
  );

  // ── a screen ──
  if (screen) {
    const def = definition.byLinkId.get(screen.linkId)!;
    const problems = errorsOf(screen);
    const onSubmit = (event: FormEvent) => {
      event.preventDefault();
      if (problems.length) {
        setTried((s) => new Set(s).add(screen.linkId));
        focusFirstError(screen);
        return;
      }
      if (fromSummary) {
        // A change can ask a new question (an enableWhen now holds): that screen comes before the summary.
        const pending = screens.slice(index + 1).find((s) => errorsOf(s).length > 0);
        go(pending ? pending.linkId : SUMMARY, Boolean(pending));
      } else go(screens[index + 1]?.linkId ?? SUMMARY);
    };
    const helpOf = (q: ItemDef) =>
      q.items.filter((c) => c.type === 'display' && screen.items.includes(c.linkId)).map((c) => c.text ?? '');
    const field = (q: ItemDef, asHeading: boolean) => (
      <QuestionField
        key={q.linkId}
        id={fieldId(order, q.linkId)}
        item={q}
        value={answers[q.linkId]}
        onChange={(v) => kept.setAnswer(q.linkId, v)}
        error={errorAt(q.linkId, screen)}
        help={helpOf(q)}
        progress={asHeading ? progressOf(counts[index] ?? 0) : undefined}
        headingRef={asHeading ? heading : undefined}
      />
    );
    const sections = screen.section
      .map((id) => definition.byLinkId.get(id)?.text)
      .filter((s): s is string => Boolean(s));
    const hasRequired = questionsIn(definition, screen.items).some((q) => q.required) || def.required;
    const groupError = screen.kind === 'group' ? errorAt(screen.linkId, screen) : undefined;

    return (
      <>
        {restoredNotice}
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={t('questionnaires.formLabel')}
          className="wp-q-form wp-narrow"
        >
          {sections.map((s, i) => (
            <Paragraph key={i} className="wp-q-section">
              {s}
            </Paragraph>
          ))}
          {screen.kind === 'question' && field(def, true)}
          {screen.kind !== 'question' && (
            <Heading2 ref={heading} tabIndex={-1} className="wp-q-heading">
              <span className="wp-q-progress">{progressOf(counts[index] ?? 0)}</span>{' '}
              {def.text ?? questionnaire.title ?? ''}
              {def.required && (
                <span className="wp-required" aria-hidden="true" title={t('form.requiredMark')}>
                  {' *'}
                </span>
              )}
            </Heading2>
          )}
          {hasRequired && <RequiredNote />}
          {groupError && (
            <Paragraph className="wp-q-group-error" id={`${fieldId(order, screen.linkId)}-error`}>
              <strong>{groupError}</strong>
            </Paragraph>
          )}
          {screen.kind === 'group' &&
            def.items
              .filter((c) => screen.items.includes(c.linkId))
              .map((c) =>
                c.type === 'display' ? (
                  <Paragraph key={c.linkId} className="wp-q-display">
                    {c.text}
                  </Paragraph>
                ) : (
                  field(c, false)
                ),
              )}
          {screen.kind === 'display' &&
            def.items
              .filter((c) => screen.items.includes(c.linkId))
              .map((c) => (
                <Paragraph key={c.linkId} className="wp-q-display">
                  {c.text}
                </Paragraph>
              ))}
          <ButtonGroup className="wp-q-buttons">
            {index > 0 && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => go(screens[index - 1]!.linkId)}
              >
                {t('questionnaires.back')}
              </Button>
            )}
            <Button type="submit" appearance="primary-action-button">
              {fromSummary ? t('questionnaires.toSummary') : t('questionnaires.next')}
            </Button>
          </ButtonGroup>
        </form>
      </>
    );
  }

  // ── the result ──
  if (result) {
    return (
      <section aria-labelledby="wp-q-result" className="wp-narrow">
        <Heading2 id="wp-q-result" ref={heading} tabIndex={-1} className="wp-q-heading">
          {t('questionnaires.resultTitle')}
        </Heading2>
        {renderResult ? renderResult(result) : <ScoreResult score={result.score} />}
        <ButtonGroup className="wp-q-buttons">
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              moved.current = true;
              setResult(null);
            }}
          >
            {t('questionnaires.seeAnswers')}
          </Button>
          <Button appearance="secondary-action-button" onClick={startOver}>
            {t('questionnaires.startOver')}
          </Button>
        </ButtonGroup>
      </section>
    );
  }

  // ── the summary ──
  const submit = async () => {
    const wrong = errors[0];
    if (wrong) {
      const at = screens.find((s) => s.items.includes(wrong.linkId));
      if (at) {
        setTried((s) => new Set(s).add(at.linkId));
        go(at.linkId);
        return;
      }
    }
    setBusy(true);
    setFailure(null);
    try {
      const response = toResponse(definition, answers, {
        questionnaire: canonical,
        only: new Set(evaluation.enabled),
        status: 'completed',
      });
      if (onComplete) {
        await onComplete(response);
        return;
      }
      const out = await questionnairesApi.validate(questionnaire.id, response);
      if (out.errors.length) setFailure(out.errors.map((e) => e.message));
      else {
        moved.current = true;
        setResult(out);
      }
    } catch (error) {
      setFailure(
        error instanceof ApiError
          ? [problemMessage(error, t), ...error.errors.map((e) => e.message)]
          : [t('error.generic')],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="wp-q-summary" className="wp-narrow">
      {restoredNotice}
      <Heading2 id="wp-q-summary" ref={heading} tabIndex={-1} className="wp-q-heading">
        {t('questionnaires.summaryTitle')}
      </Heading2>
      <Paragraph>{t('questionnaires.summaryIntro')}</Paragraph>
      {screens
        .map((s) => ({ s, questions: questionsIn(definition, s.items) }))
        .filter(({ questions }) => questions.length > 0)
        .map(({ s, questions }) => {
          const title =
            definition.byLinkId.get(s.linkId)?.text ?? questionnaire.title ?? t('questionnaires.untitled');
          return (
            <div key={s.linkId} className="wp-q-summary-part">
              {s.kind === 'group' && <Heading3>{title}</Heading3>}
              <DataList>
                {questions.map((q) => (
                  <DataListItem key={q.linkId}>
                    <DataListKey>{q.text ?? q.linkId}</DataListKey>
                    <DataListValue>
                      {answerText(q, answers, i18n) ?? <em>{t('questionnaires.notAnswered')}</em>}
                    </DataListValue>
                  </DataListItem>
                ))}
              </DataList>
              <Paragraph>
                <AppLink
                  to={{ search: `?${new URLSearchParams(paramsFor(s.linkId, true)).toString()}` }}
                  aria-label={t('questionnaires.changeLabel', { title })}
                  onClick={() => {
                    moved.current = true;
                  }}
                >
                  {t('questionnaires.change')}
                </AppLink>
              </Paragraph>
            </div>
          );
        })}
      {failure && (
        <Alert type="error">
          <Paragraph>{t('questionnaires.failed')}</Paragraph>
          {failure.map((f, i) => (
            <Paragraph key={i}>{f}</Paragraph>
          ))}
        </Alert>
      )}
      <ButtonGroup className="wp-q-buttons">
        {screens.length > 0 && (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => go(screens[screens.length - 1]!.linkId)}
          >
            {t('questionnaires.back')}
          </Button>
        )}
        <Button appearance="primary-action-button" busy={busy} onClick={() => void submit()}>
          {t('questionnaires.submit')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

/** The respondent's answer to a question as she reads it back, or null when there is none. */
function answerText(q: ItemDef, answers: Draft, { t, locale }: I18n): string | null {
  const raw = answers[q.linkId];
  const given = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((s) => s.trim() !== '');
  if (!given.length) return null;
  if (q.type === 'boolean')
    return given.map((s) => (s === 'true' ? t('questionnaires.yes') : t('questionnaires.no'))).join(', ');
  if (q.type === 'choice' && q.options !== 'any-coding') {
    return given
      .map((key) => {
        const option = optionsOf(q).find((o) => optionKey(o) === key);
        return option ? optionLabel(option) : key;
      })
      .join(', ');
  }
  if (q.type === 'date') {
    const long = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    return given
      .map((d) => {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : null;
        return date && !Number.isNaN(date.getTime()) ? long.format(date) : d;
      })
      .join(', ');
  }
  return given.join(', ');
}
