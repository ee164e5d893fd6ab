// The import form of /vragenlijsten/beheer: a FHIR Questionnaire file (read in the browser), whose it is,
// optionally the instrument that scores it with the link per question and the value per answer, and the
// licence confirmation when the instrument's texts are licensed. The server checks everything again; its
// errors come back at the field they name, and errors inside the Questionnaire as a list per linkId.
// Nothing chosen is lost on an error.
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent, MouseEvent } from 'react';
import { ApiError, type Membership } from '../../api.ts';
import { RequiredNote, SelectField, TextField, type Option } from '../../components/fields.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import { questionnairesApi, type QuestionnaireDetail } from './api.ts';
import {
  distinctAnswers,
  linkIdAt,
  linkableQuestions,
  readJsonObject,
  readablePath,
  scorerLink,
} from './fhir-file.ts';
import { INSTRUMENTS, SCORER_CODES, isScorerCode, linkTargets } from './instruments.ts';

/** The organisation select's value for a built-in questionnaire (administrators). */
export const BUILT_IN = 'ingebouwd';

interface ChosenFile {
  name: string;
  /** null: the file is not a JSON object */
  json: Record<string, unknown> | null;
}

interface FileError {
  linkId: string | null;
  path: string;
  message: string;
}

interface Errors {
  file?: string;
  fileList: FileError[];
  organisation?: string;
  scorer?: string;
  licence?: string;
  /** per linkId of a question in the scorer link */
  links: Record<string, string>;
  /** messages that belong to no field */
  other: string[];
}

const noErrors: Errors = { fileList: [], links: {}, other: [] };
const hasErrors = (e: Errors) =>
  Boolean(e.file || e.organisation || e.scorer || e.licence) ||
  e.fileList.length > 0 ||
  Object.keys(e.links).length > 0 ||
  e.other.length > 0;

const ID = 'q-import';
const fieldId = {
  file: `${ID}-file`,
  organisation: `${ID}-organisation`,
  scorer: `${ID}-scorer`,
  licence: `${ID}-licence`,
  link: (i: number) => `${ID}-link-${i}`,
  value: (i: number) => `${ID}-value-${i}`,
};

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** The message without the 'Item "x": ' the server puts before it, when the list already names the item. */
function withoutItemPrefix(message: string, linkId: string | null): string {
  if (!linkId) return message;
  for (const prefix of [`Item "${linkId}": `])
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

export function ImportQuestionnaireForm({
  memberships,
  admin,
  organisations,
  onImported,
}: {
  memberships: Membership[];
  admin: boolean;
  /** for administrators: every organisation (they manage all) */
  organisations: Option[];
  onImported: (detail: QuestionnaireDetail) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();

  const organisationOptions = useMemo<Option[]>(() => {
    const own = new Map<string, string>();
    for (const m of memberships) {
      if (m.role === 'provider_editor' && m.organisation) own.set(m.organisation.id, m.organisation.name);
    }
    const options = admin
      ? organisations
      : [...own].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
    return admin ? [{ value: BUILT_IN, label: t('qManage.builtInOption') }, ...options] : options;
  }, [memberships, admin, organisations, t]);

  const [file, setFile] = useState<ChosenFile | null>(null);
  const [organisation, setOrganisation] = useState(() =>
    !admin && organisationOptions.length === 1 ? organisationOptions[0]!.value : '',
  );
  const [scorer, setScorer] = useState('');
  const [links, setLinks] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, string>>({});
  const [licence, setLicence] = useState(false);
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const questions = useMemo(() => (file?.json ? linkableQuestions(file.json) : []), [file]);
  const linked = questions.filter((q) => links[q.linkId]);
  const answers = distinctAnswers(linked);
  const instrument = isScorerCode(scorer) ? scorer : null;
  const targets = instrument ? linkTargets(instrument) : [];
  const licensed = instrument ? INSTRUMENTS[instrument].licensed : false;

  const fail = (next: Errors, apiError: ApiError | null = null) => {
    setErrors(next);
    setProblem(apiError);
    setAttempt((n) => n + 1);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setErrors((e) => ({ ...e, file: undefined, fileList: [], links: {} }));
    if (!chosen) {
      setFile(null);
      return;
    }
    let content: string;
    try {
      content = await readFile(chosen);
    } catch {
      setFile(null);
      setErrors((e) => ({ ...e, file: t('qManage.fileUnreadable') }));
      return;
    }
    const json = readJsonObject(content);
    setFile({ name: chosen.name, json });
    setLinks({});
    setValues({});
    if (!json) setErrors((e) => ({ ...e, file: t('qManage.fileNotJson') }));
  };

  const linkInOrder = () => {
    if (!instrument) return;
    const free = targets.map((x) => x.value);
    setLinks(Object.fromEntries(questions.map((q, i) => [q.linkId, free[i] ?? ''])));
  };

  /** Puts each of the server's errors at the field its path names. */
  const distribute = (apiError: ApiError): Errors => {
    const next: Errors = { fileList: [], links: {}, other: [] };
    const linkIds = questions.map((q) => q.linkId).sort((a, b) => b.length - a.length);
    for (const { path, message } of apiError.errors) {
      const p = path.replace(/^\/+/, '').replace(/\//g, '.');
      if (p === 'body.questionnaire' || p.startsWith('body.questionnaire.')) {
        const inner = p.slice('body.questionnaire.'.length);
        const linkId = file?.json ? linkIdAt(file.json, inner) : null;
        next.fileList.push({ linkId, path: inner, message: withoutItemPrefix(message, linkId) });
      } else if (p === 'body.organisationId') {
        next.organisation ??= message;
      } else if (p === 'body.scoring.licenceConfirmed') {
        next.licence ??= message;
      } else if (p.startsWith('body.scoring.items.')) {
        const rest = p.slice('body.scoring.items.'.length);
        const linkId = linkIds.find((id) => rest === id || rest.startsWith(`${id}.`));
        if (linkId) next.links[linkId] ??= message;
        else next.scorer ??= message;
      } else if (p.startsWith('body.scoring')) {
        next.scorer ??= message;
      } else {
        next.other.push(message);
      }
    }
    if (next.fileList.length) next.file = t('qManage.fileErrors');
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: Errors = { fileList: [], links: {}, other: [] };
    if (!file) local.file = t('qManage.fileMissing');
    else if (!file.json) local.file = t('qManage.fileNotJson');
    if (!organisation) local.organisation = t('qManage.organisationMissing');
    if (hasErrors(local) || !file?.json) {
      fail(local);
      return;
    }
    setBusy(true);
    try {
      const detail = await questionnairesApi.import({
        organisationId: organisation === BUILT_IN ? null : organisation,
        questionnaire: file.json,
        scoring: instrument ? scorerLink(instrument, links, values, licensed ? licence : undefined) : null,
      });
      setErrors(noErrors);
      setProblem(null);
      // The file is in the table now; the choice of organisation stays for the next one.
      setFile(null);
      setScorer('');
      setLinks({});
      setValues({});
      setLicence(false);
      if (fileInput.current) fileInput.current.value = '';
      onImported(detail);
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });
      fail(distribute(apiError), apiError);
    } finally {
      setBusy(false);
    }
  };

  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  const summaryItems: { id: string; label: string; message: string }[] = [
    ...(errors.file ? [{ id: fieldId.file, label: t('qManage.file'), message: errors.file }] : []),
    ...(errors.organisation
      ? [{ id: fieldId.organisation, label: t('qManage.organisation'), message: errors.organisation }]
      : []),
    ...(errors.scorer ? [{ id: fieldId.scorer, label: t('qManage.scorer'), message: errors.scorer }] : []),
    ...questions.flatMap((q, i) =>
      errors.links[q.linkId]
        ? [{ id: fieldId.link(i), label: q.text, message: errors.links[q.linkId]! }]
        : [],
    ),
    ...(errors.licence
      ? [{ id: fieldId.licence, label: t('qManage.licence'), message: errors.licence }]
      : []),
  ];

  const fileDescribedBy = [
    `${fieldId.file}-description`,
    file ? `${fieldId.file}-chosen` : '',
    errors.file ? `${fieldId.file}-error` : '',
    errors.fileList.length ? `${fieldId.file}-list` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby={headingId} className="wp-section">
      <Heading2 id={headingId}>{t('qManage.importTitle')}</Heading2>
      <Paragraph>{t('qManage.importIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void submit(e)} className="wp-q-import">
        {attempt > 0 && (summaryItems.length > 0 || errors.other.length > 0 || problem) && (
          <div
            ref={summary}
            tabIndex={-1}
            className="wp-feedback"
            role="group"
            aria-labelledby={`${ID}-summary`}
          >
            <Alert type="error">
              <Heading3 id={`${ID}-summary`} className="wp-feedback__heading">
                {t('qManage.errorsTitle')}
              </Heading3>
              {summaryItems.length > 0 || errors.other.length > 0 ? (
                <>
                  <Paragraph>{t('qManage.errorsIntro')}</Paragraph>
                  <UnorderedList>
                    {summaryItems.map((item) => (
                      <UnorderedListItem key={item.id}>
                        <a
                          className="utrecht-link utrecht-link--html-a"
                          href={`#${item.id}`}
                          onClick={(e) => goTo(e, item.id)}
                        >
                          {item.label}: {item.message}
                        </a>
                      </UnorderedListItem>
                    ))}
                    {errors.other.map((message, i) => (
                      <UnorderedListItem key={`other-${i}`}>{message}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              ) : (
                problem && <Paragraph>{problemMessage(problem, t)}</Paragraph>
              )}
            </Alert>
          </div>
        )}
        <RequiredNote />

        <div className="wp-panel">
          <FormField
            invalid={Boolean(errors.file)}
            label={
              <>
                <FormLabel htmlFor={fieldId.file}>{t('qManage.file')}</FormLabel>
                <span className="wp-required" aria-hidden="true" title={t('form.requiredMark')}>
                  {' *'}
                </span>
              </>
            }
            input={
              <>
                <FormFieldDescription id={`${fieldId.file}-description`}>
                  {t('qManage.fileDescription')}
                </FormFieldDescription>
                {errors.file && (
                  <FormFieldErrorMessage id={`${fieldId.file}-error`}>{errors.file}</FormFieldErrorMessage>
                )}
                <input
                  ref={fileInput}
                  id={fieldId.file}
                  name={fieldId.file}
                  type="file"
                  required
                  accept=".json,application/json,application/fhir+json"
                  aria-describedby={fileDescribedBy}
                  aria-invalid={errors.file ? true : undefined}
                  onChange={(event) => void chooseFile(event)}
                />
                {file && (
                  <Paragraph id={`${fieldId.file}-chosen`} small>
                    {t('qManage.fileChosen', { name: file.name })}
                  </Paragraph>
                )}
              </>
            }
          />
          {errors.fileList.length > 0 && (
            <div id={`${fieldId.file}-list`} className="wp-q-file-errors">
              <Heading3>{t('qManage.fileErrorsTitle')}</Heading3>
              <UnorderedList>
                {errors.fileList.map((e, i) => (
                  <UnorderedListItem key={i}>
                    <strong>
                      {e.linkId
                        ? t('qManage.fileErrorItem', { linkId: e.linkId })
                        : t('qManage.fileErrorWhole')}
                    </strong>
                    {': '}
                    {e.message}
                    {e.path && (
                      <>
                        <br />
                        <span className="wp-q-path">
                          {t('qManage.fileErrorPlace', { path: readablePath(e.path) })}
                        </span>
                      </>
                    )}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          )}
        </div>

        <SelectField
          id={fieldId.organisation}
          label={t('qManage.organisation')}
          description={admin ? undefined : t('qManage.organisationDescription')}
          value={organisation}
          onChange={setOrganisation}
          options={organisationOptions}
          placeholder={t('qManage.organisationPlaceholder')}
          error={errors.organisation}
          required
        />

        <SelectField
          id={fieldId.scorer}
          label={t('qManage.scorer')}
          description={t('qManage.scorerDescription')}
          value={scorer}
          onChange={(next) => {
            setScorer(next);
            setLinks({});
            setLicence(false);
          }}
          options={SCORER_CODES.map((code) => ({
            value: code,
            label: t(`qManage.instrument.${code}` as MessageKey),
          }))}
          placeholder={t('qManage.scorerNone')}
          error={errors.scorer}
        />

        {instrument && !file?.json && <Paragraph>{t('qManage.scorerNeedsFile')}</Paragraph>}
        {instrument && file?.json && questions.length === 0 && (
          <Paragraph>{t('qManage.scorerNoQuestions')}</Paragraph>
        )}
        {instrument && questions.length > 0 && (
          <Fieldset className="wp-panel">
            <FieldsetLegend>{t('qManage.mappingLegend')}</FieldsetLegend>
            <Paragraph>{t('qManage.mappingIntro')}</Paragraph>
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={linkInOrder}>
                {t('qManage.linkInOrder')}
              </Button>
            </ButtonGroup>
            {questions.map((q, i) => (
              <SelectField
                key={q.linkId}
                id={fieldId.link(i)}
                label={q.text}
                description={t('qManage.questionCode', { linkId: q.linkId })}
                value={links[q.linkId] ?? ''}
                onChange={(next) => setLinks((old) => ({ ...old, [q.linkId]: next }))}
                options={targets.map((x) => ({
                  value: x.value,
                  label:
                    x.day === undefined
                      ? t('qManage.itemOption', { item: x.item })
                      : t('qManage.itemDayOption', { item: x.item, day: x.day + 1 }),
                }))}
                placeholder={t('qManage.notLinked')}
                error={errors.links[q.linkId]}
              />
            ))}
          </Fieldset>
        )}

        {instrument && answers.length > 0 && (
          <Fieldset className="wp-panel">
            <FieldsetLegend>{t('qManage.valuesLegend')}</FieldsetLegend>
            <Paragraph>{t('qManage.valuesIntro')}</Paragraph>
            {answers.map((a, i) => (
              <TextField
                key={a.key}
                id={fieldId.value(i)}
                label={t('qManage.valueLabel', {
                  display:
                    a.key === 'true' && a.display === 'true'
                      ? t('questionnaires.yes')
                      : a.key === 'false' && a.display === 'false'
                        ? t('questionnaires.no')
                        : a.display,
                })}
                description={t('qManage.valueCode', { code: a.key })}
                value={values[a.key] ?? ''}
                onChange={(next) => setValues((old) => ({ ...old, [a.key]: next }))}
                inputMode="decimal"
              />
            ))}
          </Fieldset>
        )}

        {licensed && (
          <FormField type="checkbox" className="wp-checkbox-field" invalid={Boolean(errors.licence)}>
            <Checkbox
              id={fieldId.licence}
              name={fieldId.licence}
              checked={licence}
              invalid={Boolean(errors.licence)}
              aria-describedby={[
                `${fieldId.licence}-description`,
                errors.licence ? `${fieldId.licence}-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => setLicence(event.target.checked)}
            />
            <FormLabel htmlFor={fieldId.licence} type="checkbox">
              {t('qManage.licence')}
            </FormLabel>
            <FormFieldDescription id={`${fieldId.licence}-description`}>
              {t('qManage.licenceDescription')}
            </FormFieldDescription>
            {errors.licence && (
              <FormFieldErrorMessage id={`${fieldId.licence}-error`}>{errors.licence}</FormFieldErrorMessage>
            )}
          </FormField>
        )}

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('qManage.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
