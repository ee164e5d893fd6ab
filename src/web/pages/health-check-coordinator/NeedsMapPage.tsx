// Behoeften en aanbod (/gezondheidscheck/behoeften), for coordinators and administrators (issue 5, part 5):
// per need of the health check, the social-map topics (taxonomy terms) its offers are matched on. Topics
// show by name; one is added by typing part of its name, which narrows a plain select (a list that works
// with every screen reader and keyboard), and removed with its own button. "Opslaan" sends the whole map
// (PUT replaces it). A topic the server refuses (body.needs.<need>.<i>) is marked at that topic, under its
// need, and in the error summary; everything chosen stays on the page until it is saved.
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError } from '../../api.ts';
import { SelectField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useForm, type Form } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { atFields } from '../referrals/fieldPaths.ts';
import { healthCheckCoordinatorApi, NEEDS, type NeedCode, type NeedsMap, type Term } from './api.ts';

interface Loaded {
  map: NeedsMap;
  /** null when the taxonomy could not be loaded: the editor then shows codes */
  terms: Term[] | null;
}

async function loadAll(): Promise<Loaded> {
  const [map, terms] = await Promise.all([
    healthCheckCoordinatorApi.needsMap(),
    healthCheckCoordinatorApi.terms().catch(() => null),
  ]);
  return { map, terms };
}

export function NeedsMapPage() {
  const { t } = useI18n();
  const load = useLoad(loadAll);
  return (
    <>
      <PageTitle>{t('hcNeeds.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('hcNeeds.intro')}</Paragraph>
        <Paragraph>{t('hcNeeds.saveNote')}</Paragraph>
      </div>
      <LoadState load={load}>{(data) => <Editor loaded={data} />}</LoadState>
    </>
  );
}

/** The server's refusals of the last save, per need: code → message. */
type Refused = Partial<Record<NeedCode, Map<string, string>>>;

const needOfPath = (path: string) => {
  const [, need, index] = /^body\.needs\.([a-z-]+)\.(\d+)$/.exec(path) ?? [];
  return need && (NEEDS as readonly string[]).includes(need)
    ? { need: need as NeedCode, index: Number(index) }
    : null;
};

function Editor({ loaded }: { loaded: Loaded }) {
  const { t } = useI18n();
  const form = useForm<NeedsMap>('hc-needs', loaded.map);
  const [refused, setRefused] = useState<Refused>({});
  const [saved, setSaved] = useState(false);
  const names = new Map((loaded.terms ?? []).map((term) => [term.code, term.label]));
  const nameOf = (code: string) => names.get(code) ?? t('hcNeeds.unknownTerm', { code });
  const labels = Object.fromEntries(NEEDS.map((n) => [n, t(`hcNeeds.need.${n}`)])) as Record<
    NeedCode,
    string
  >;

  const change = (need: NeedCode, codes: string[]) => {
    setSaved(false);
    form.set(need, codes);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const sent = Object.fromEntries(NEEDS.map((n) => [n, [...form.values[n]]])) as NeedsMap;
    setSaved(false);
    void form
      .submit(async () => {
        try {
          const stored = await healthCheckCoordinatorApi.saveNeedsMap(sent);
          form.reset(stored);
          setRefused({});
        } catch (error) {
          // Each refused topic is remembered by its code, so it stays marked when others are added or removed.
          if (error instanceof ApiError) {
            const next: Refused = {};
            for (const { path, message } of error.errors) {
              const at = needOfPath(path);
              const code = at ? sent[at.need][at.index] : undefined;
              if (at && code !== undefined) (next[at.need] ??= new Map()).set(code, message);
            }
            setRefused(next);
          }
          atFields((p) => needOfPath(p)?.need)(error);
        }
      })
      .then((ok) => setSaved(ok));
  };

  return (
    <>
      {saved && <Notice>{t('hcNeeds.saved')}</Notice>}
      {!loaded.terms && <Notice type="warning">{t('hcNeeds.termsFailed')}</Notice>}
      <FormFeedback form={form} labels={labels} problemTitle={t('hcNeeds.failed')} />
      <form onSubmit={onSubmit} noValidate>
        {NEEDS.map((need) => (
          <NeedEditor
            key={need}
            need={need}
            form={form}
            terms={loaded.terms ?? []}
            nameOf={nameOf}
            refused={refused[need]}
            onChange={(codes) => change(need, codes)}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('hcNeeds.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

const matches = (term: Term, q: string) => {
  const words = q.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const text = `${term.label} ${term.code}`.toLocaleLowerCase('nl');
  return words.every((w) => text.includes(w));
};

function NeedEditor({
  need,
  form,
  terms,
  nameOf,
  refused,
  onChange,
}: {
  need: NeedCode;
  form: Form<NeedsMap>;
  terms: Term[];
  nameOf: (code: string) => string;
  refused: Map<string, string> | undefined;
  onChange: (codes: string[]) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [choice, setChoice] = useState('');
  const [pickError, setPickError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const codes = form.values[need];
  const name = t(`hcNeeds.need.${need}`);
  const base = form.idFor(need);
  const ids = { search: `${base}-search`, choose: `${base}-choose`, status: `${base}-status` };
  const options = terms
    .filter((term) => !codes.includes(term.code) && matches(term, q))
    .map((term) => ({ value: term.code, label: term.label }));
  const chosen = options.some((o) => o.value === choice) ? choice : '';
  // The error summary's link for this need lands on the first refused topic's button.
  const firstRefused = codes.find((c) => refused?.has(c));

  const add = () => {
    if (!chosen) {
      setPickError(t('hcNeeds.pickFirst'));
      document.getElementById(ids.choose)?.focus();
      return;
    }
    setPickError(undefined);
    onChange([...codes, chosen]);
    setChoice('');
    setStatus(t('hcNeeds.added', { term: nameOf(chosen), need: name }));
  };

  const remove = (code: string) => {
    onChange(codes.filter((c) => c !== code));
    setStatus(t('hcNeeds.removed', { term: nameOf(code), need: name }));
    // Focus stays in this need: on its search field, as the button is gone.
    document.getElementById(ids.search)?.focus();
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the search field must not save the whole map.
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <section className="wp-section wp-hc-need" aria-labelledby={`${base}-heading`}>
      <Heading2 id={`${base}-heading`}>{name}</Heading2>
      <Paragraph small>{t('hcNeeds.when', { when: t(`hcNeeds.when.${need}`) })}</Paragraph>
      {form.errors[need] && !firstRefused && (
        <FormFieldErrorMessage id={base} tabIndex={-1}>
          {form.errors[need]}
        </FormFieldErrorMessage>
      )}
      {codes.length === 0 ? (
        <Paragraph>{t('hcNeeds.none')}</Paragraph>
      ) : (
        <UnorderedList aria-label={t('hcNeeds.linked', { need: name })} className="wp-hc-terms">
          {codes.map((code) => {
            const error = refused?.get(code);
            const errorId = `${base}-error-${code.replace(/[^\w-]/g, '-')}`;
            return (
              <UnorderedListItem
                key={code}
                className={error ? 'wp-hc-term wp-hc-term--invalid' : 'wp-hc-term'}
              >
                <span className="wp-hc-term__name">{nameOf(code)}</span>
                <Button
                  appearance="secondary-action-button"
                  id={code === firstRefused ? base : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onClick={() => remove(code)}
                >
                  {t('hcNeeds.remove')}
                  <span className="wp-visually-hidden">
                    {' '}
                    {t('hcNeeds.removeWhat', { term: nameOf(code), need: name })}
                  </span>
                </Button>
                {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
      {terms.length > 0 && (
        <div className="wp-hc-add">
          <FormField
            label={<FormLabel htmlFor={ids.search}>{t('hcNeeds.search')}</FormLabel>}
            input={
              <>
                <FormFieldDescription id={`${ids.search}-description`}>
                  {t('hcNeeds.searchDescription')}
                </FormFieldDescription>
                <Textbox
                  id={ids.search}
                  name={ids.search}
                  type="search"
                  autoComplete="off"
                  spellCheck={false}
                  value={q}
                  onChange={(event) => setQ(event.target.value)}
                  onKeyDown={onSearchKey}
                  aria-describedby={`${ids.search}-description`}
                />
              </>
            }
          />
          <div className="wp-hc-add__choose">
            <SelectField
              id={ids.choose}
              label={t('hcNeeds.choose')}
              description={
                options.length
                  ? t('hcNeeds.chooseDescription', { count: options.length })
                  : t('hcNeeds.chooseNone')
              }
              value={chosen}
              onChange={(v) => {
                setChoice(v);
                setPickError(undefined);
              }}
              options={options}
              placeholder={t('hcNeeds.choosePlaceholder')}
              {...(pickError ? { error: pickError } : {})}
            />
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={add}>
                {t('hcNeeds.add')}
                <span className="wp-visually-hidden"> {t('hcNeeds.addWhat', { need: name })}</span>
              </Button>
            </ButtonGroup>
          </div>
        </div>
      )}
      <Paragraph id={ids.status} role="status" className="wp-search-status">
        {status}
      </Paragraph>
    </section>
  );
}
