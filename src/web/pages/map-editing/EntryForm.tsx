// The edit form of one entry (a new one, or a change to a published one). Save as draft, or offer it for
// review. What the user types is kept in this browser until the server has it; the server's field errors
// show at the fields and in a summary at the top.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { RequiredNote, SelectField } from '../../components/fields.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type EditingOptions, type Revision } from './api.ts';
import { ErrorSummary, type FieldErrors } from './ErrorSummary.tsx';
import { fieldId, fieldPath, toDocument, type FormValues } from './formModel.ts';
import {
  AboutSection,
  AreaSection,
  AudienceSection,
  CategorySection,
  ContactSection,
  CostSection,
  LanguageSection,
  ReviewSection,
  ScheduleSection,
  type SectionProps,
} from './sections.tsx';
import { clearUnsaved, readUnsaved, writeUnsaved } from './unsaved.ts';

interface Props {
  /** Where unsaved input is kept (draftKeyFor). */
  draftKey: string;
  /** What the server has (or an empty form). */
  saved: FormValues;
  options: EditingOptions;
  /** Null for a new entry that the server does not have yet. */
  revision: Revision | null;
  onSaved: (revision: Revision, submitted: boolean) => void;
  onDiscard?: (() => void) | undefined;
  /** What discarding means here (a new entry goes entirely; a change leaves the published entry). */
  discardHelp?: string;
}

function toErrors(error: ApiError): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const e of error.errors) {
    const path = fieldPath(e.path);
    if (path && path !== 'document' && path !== 'body') fields[path] ??= e.message;
    else other.push(e.message);
  }
  return { fields, other };
}

export function EntryForm({ draftKey, saved, options, revision, onSaved, onDiscard, discardHelp }: Props) {
  const { t } = useI18n();
  const [restored] = useState(() => readUnsaved(draftKey));
  const singleOrg = options.organizations.length === 1 ? (options.organizations[0]?.id ?? '') : '';
  const [values, setValues] = useState<FormValues>(restored?.values ?? saved);
  const [organizationId, setOrganizationId] = useState(restored?.organizationId || singleOrg);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const dirty = useRef(restored !== null);

  useEffect(() => {
    if (dirty.current) writeUnsaved(draftKey, { values, organizationId });
  }, [draftKey, values, organizationId]);

  const set: SectionProps['set'] = (name, value) => {
    dirty.current = true;
    setValues((old) => ({ ...old, [name]: value }));
  };
  const err = (path: string) => errors[path];

  const run = async (kind: 'save' | 'submit') => {
    if (busy) return;
    setBusy(kind);
    try {
      if (!revision && !organizationId) {
        setErrors({ organizationId: t('mapEdit.form.organizationMissing') });
        setOther([]);
        setProblem(null);
        setAttempt((n) => n + 1);
        return;
      }
      const document = toDocument(values);
      let rev = revision
        ? await mapEditingApi.saveRevision(revision.id, document)
        : await mapEditingApi.createEntry(organizationId, document);
      clearUnsaved(draftKey);
      dirty.current = false;
      if (kind === 'submit') rev = await mapEditingApi.submit(rev.id);
      setErrors({});
      setOther([]);
      setProblem(null);
      onSaved(rev, kind === 'submit');
    } catch (error) {
      const e =
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] });
      const { fields, other: rest } = toErrors(e);
      setErrors(fields);
      setOther(rest);
      setProblem(Object.keys(fields).length || rest.length ? null : e);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('save');
  };

  const backToSaved = () => {
    clearUnsaved(draftKey);
    dirty.current = false;
    setValues(saved);
    setShowRestored(false);
  };

  const section = { values, set, err, options };
  return (
    <>
      {showRestored && (
        <div className="wp-notice">
          <Alert type="info">
            <Paragraph>{t('mapEdit.form.restored')}</Paragraph>
            <Button appearance="secondary-action-button" onClick={backToSaved}>
              {t('mapEdit.form.restoredDrop')}
            </Button>
          </Alert>
        </div>
      )}
      <ErrorSummary errors={errors} other={other} attempt={attempt} />
      {problem && (
        <ProblemAlert
          attempt={attempt}
          title={t('mapEdit.form.notSaved')}
          text={problemMessage(problem, t)}
        />
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t('mapEdit.form.label')}>
        <RequiredNote />
        {!revision && (
          <SelectField
            id={fieldId('organizationId')}
            label={t('mapEdit.field.organization')}
            required
            placeholder={t('form.choose')}
            options={options.organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organizationId}
            onChange={(x) => {
              dirty.current = true;
              setOrganizationId(x);
            }}
            error={err('organizationId')}
          />
        )}
        <AboutSection {...section} />
        <AudienceSection {...section} />
        <CostSection {...section} />
        <ContactSection {...section} />
        <ScheduleSection {...section} />
        <LanguageSection {...section} />
        <AreaSection {...section} />
        <CategorySection {...section} />
        <ReviewSection {...section} />
        <ButtonGroup className="wp-edit-buttons">
          <Button type="submit" appearance="secondary-action-button" busy={busy === 'save'}>
            {t('mapEdit.form.saveDraft')}
          </Button>
          <Button
            appearance="primary-action-button"
            busy={busy === 'submit'}
            onClick={() => void run('submit')}
          >
            {t('mapEdit.form.submit')}
          </Button>
        </ButtonGroup>
        <Paragraph small>{t('mapEdit.form.submitHelp')}</Paragraph>
      </form>
      {revision && onDiscard && (
        <section className="wp-section" aria-labelledby="entry-discard-heading">
          <Heading2 id="entry-discard-heading">{t('mapEdit.discard.heading')}</Heading2>
          {discardHelp && <Paragraph>{discardHelp}</Paragraph>}
          {confirmDiscard ? (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={onDiscard}>
                {t('mapEdit.discard.confirm')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirmDiscard(false)}>
                {t('form.cancel')}
              </Button>
            </ButtonGroup>
          ) : (
            <Button appearance="secondary-action-button" onClick={() => setConfirmDiscard(true)}>
              {t('mapEdit.discard.button')}
            </Button>
          )}
        </section>
      )}
    </>
  );
}

function ProblemAlert({ attempt, title, text }: { attempt: number; title: string; text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} tabIndex={-1} className="wp-feedback">
      <Alert type="error">
        <Heading2 className="wp-feedback__heading">{title}</Heading2>
        <Paragraph>{text}</Paragraph>
      </Alert>
    </div>
  );
}
