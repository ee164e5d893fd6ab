// The referral form of a professional: for whom, to where (an organisation, a team, or a service of the
// social map, and then perhaps one of its dated sessions), why, the needs, ICPC codes, the parts of the record that go with it (only parts the referrer may see, and
// only when the resident agrees), how soon, and the resident's contact and language. The server checks
// everything and names the field; what was typed is kept across a reload.
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useRef, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Organisation } from '../../api.ts';
import { CheckboxGroup, RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import type { SharedResident } from '../consent/api.ts';
import { CATEGORIES, type RecordCategory } from '../record/api.ts';
import {
  referralPath,
  referralsApi,
  type ArrivalState,
  type NeedTerm,
  type NewReferral,
  type Session,
  type Team,
} from './api.ts';
import { atFields, under } from './fieldPaths.ts';
import { SearchPicker, type Choice } from './SearchPicker.tsx';
import { SessionChoice } from './SessionChoice.tsx';
import { LANGUAGES, languageName } from './words.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';

const EMPTY = {
  residentId: '',
  q: '',
  /** "organisation:<id>", "team:<id>" or "service:<id>" */
  dest: '',
  /** a session of the chosen service, or none */
  session: '',
  destName: '',
  destLabel: '',
  reason: '',
  needs: [] as string[],
  icpc: '',
  categories: [] as string[],
  agreed: [] as string[],
  urgency: 'routine',
  contactBy: '',
  language: '',
};

/** The parts of the record the referrer may see (and so may send): what the server's recordBases allows. */
function partsICanSee(resident: SharedResident | undefined): RecordCategory[] {
  if (!resident) return [];
  if (resident.emergencyUntil) return [...CATEGORIES];
  const seen = new Set(
    resident.consents.filter((c) => c.purpose === 'treatment' && !c.purposeRef).flatMap((c) => c.categories),
  );
  return CATEGORIES.filter((c) => seen.has(c));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function fieldOf(p: string): string | undefined {
  if (under(p, 'body.to.sessionId')) return 'session';
  if (under(p, 'body.to')) return 'dest';
  if (under(p, 'body.consent')) return 'categories';
  if (under(p, 'body.preferences.contactBy')) return 'contactBy';
  if (under(p, 'body.preferences.language')) return 'language';
  return undefined;
}

export function ReferralForm({
  residents,
  needs,
  residentId,
  questionId,
}: {
  residents: SharedResident[];
  needs: NeedTerm[];
  /** the resident from the link (?inwoner=) */
  residentId: string;
  /** the front-desk question this referral answers (?vraag=) */
  questionId?: string | undefined;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const form = useKeptForm('referral-new', `${me.id}.referral-new.${residentId}`, { ...EMPTY, residentId });
  const { values } = form;
  const organisations = useRef<Promise<Organisation[]> | null>(null);
  const teams = useRef<Promise<Team[]> | null>(null);
  const [kind, destId = ''] = values.dest.split(':');
  // The upcoming sessions of a chosen service: one may be booked with the referral.
  const sessions = useLoad(
    (): Promise<Session[]> =>
      kind === 'service' ? referralsApi.service(destId).then((s) => s.sessions) : Promise.resolve([]),
    values.dest,
  );

  const resident = residents.find((r) => r.residentId === values.residentId);
  const parts = partsICanSee(resident);
  const residentOptions = residents.map((r) => ({ value: r.residentId, label: r.name }));
  if (values.residentId && !resident) {
    residentOptions.unshift({ value: values.residentId, label: t('referrals.form.residentFromLink') });
  }

  const labels = {
    residentId: t('referrals.form.resident'),
    dest: t('referrals.form.destination'),
    session: t('referrals.session.legend'),
    reason: t('referrals.form.reason'),
    needs: t('referrals.form.needs'),
    icpc: t('referrals.form.icpc'),
    categories: t('referrals.form.parts'),
    agreed: t('referrals.form.agreedLegend'),
    urgency: t('referrals.form.urgency'),
    contactBy: t('referrals.form.contactBy'),
    language: t('referrals.form.language'),
  };

  const findDestination = async (q: string): Promise<(Choice & { name: string })[]> => {
    organisations.current ??= referralsApi.organisations().catch((e: unknown) => {
      organisations.current = null;
      throw e;
    });
    teams.current ??= referralsApi.teams().catch((e: unknown) => {
      teams.current = null;
      throw e;
    });
    const [orgs, teamList, services] = await Promise.all([
      organisations.current,
      teams.current,
      referralsApi.services(q),
    ]);
    const words = fold(q);
    return [
      ...orgs
        .filter((o) => o.type !== 'insurer' && fold(o.name).includes(words))
        .map((o) => ({
          value: `organisation:${o.id}`,
          label: t('referrals.organisationOption', { name: o.name }),
          name: o.name,
        })),
      ...teamList
        .filter((tm) => fold(`${tm.name} ${tm.organisation} ${tm.neighbourhood}`).includes(words))
        .map((tm) => ({
          value: `team:${tm.id}`,
          label: t('referrals.teamOption', {
            name: tm.name,
            organisation: tm.organisation,
            neighbourhood: tm.neighbourhood,
          }),
          name: tm.name,
        })),
      ...services.map((s) => ({
        value: `service:${s.id}`,
        label: s.organization
          ? t('referrals.serviceOption', { name: s.name, organisation: s.organization.name })
          : t('referrals.serviceOptionPlain', { name: s.name }),
        name: s.name,
      })),
    ];
  };
  // The name of each choice, for the notice after sending.
  const names = useRef(new Map<string, string>());
  const find = (q: string) =>
    findDestination(q).then((found) => {
      for (const c of found) names.current.set(c.value, c.name);
      return found.map(({ value, label }) => ({ value, label }));
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (values.categories.length && !values.agreed.length) {
      form.fail({ agreed: t('referrals.form.agreedMissing') });
      return;
    }
    void form.submit(async () => {
      const session = values.session ? { sessionId: values.session } : {};
      const to: NewReferral['to'] =
        kind === 'organisation'
          ? { organisationId: destId }
          : kind === 'team'
            ? { team: destId }
            : kind === 'service'
              ? { serviceId: destId, ...session }
              : {};
      const body: NewReferral = {
        residentId: values.residentId,
        to,
        reason: values.reason,
        needs: values.needs,
        icpc: values.icpc
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((c) => c.toUpperCase()),
        consent: {
          categories: values.categories.filter((c): c is RecordCategory => parts.some((p) => p === c)),
        },
        urgency: values.urgency,
        ...(questionId ? { questionId } : {}),
        preferences: {
          ...(values.contactBy ? { contactBy: values.contactBy } : {}),
          ...(values.language ? { language: values.language } : {}),
        },
      };
      const created = await referralsApi.create(body).catch(atFields(fieldOf));
      const state: ArrivalState = { notice: t('referrals.sentNotice', { to: values.destName }) };
      form.clear();
      await navigate(referralPath(created.id), { state });
    });
  };

  return (
    <>
      <KeptNotice form={form} text={t('referrals.form.restored')} clearLabel={t('referrals.form.clear')} />
      <FormFeedback form={form} labels={labels} problemTitle={t('referrals.form.failed')} />
      <form onSubmit={onSubmit} noValidate>
        <RequiredNote />
        <SelectField
          id={form.idFor('residentId')}
          label={labels.residentId}
          description={t('referrals.form.residentDescription')}
          required
          value={values.residentId}
          onChange={(v) => {
            form.set('residentId', v);
            form.set('categories', []);
            form.set('agreed', []);
          }}
          placeholder={t('form.choose')}
          options={residentOptions}
          error={form.errors.residentId}
        />
        <SearchPicker
          searchId={form.idFor('q')}
          choiceId={form.idFor('dest')}
          searchLabel={t('referrals.form.destinationSearch')}
          searchDescription={t('referrals.form.destinationSearchDescription')}
          legend={
            <>
              {labels.dest}
              <span className="wp-required" aria-hidden="true">
                {' *'}
              </span>
            </>
          }
          empty={t('referrals.form.destinationNone')}
          q={values.q}
          onQ={(q) => form.set('q', q)}
          find={find}
          chosen={values.dest ? [{ value: values.dest, label: values.destLabel }] : []}
          onChange={([c]) => {
            if ((c?.value ?? '') !== values.dest) form.set('session', '');
            form.set('dest', c?.value ?? '');
            form.set('destLabel', c?.label ?? '');
            form.set('destName', (c && names.current.get(c.value)) ?? c?.label ?? '');
          }}
          error={form.errors.dest}
        />
        {kind === 'service' && sessions.status === 'ready' && sessions.data.length > 0 && (
          <SessionChoice
            id={form.idFor('session')}
            legend={labels.session}
            description={t('referrals.session.description')}
            none={t('referrals.session.none')}
            sessions={sessions.data}
            value={values.session}
            onChange={(v) => form.set('session', v)}
            error={form.errors.session}
          />
        )}
        <TextAreaField
          id={form.idFor('reason')}
          label={labels.reason}
          description={t('referrals.form.reasonDescription')}
          required
          maxLength={2000}
          value={values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
        />
        <CheckboxGroup
          id={form.idFor('needs')}
          legend={labels.needs}
          options={needs.map((n) => ({ value: n.code, label: n.name }))}
          value={values.needs}
          onChange={(v) => form.set('needs', v)}
          error={form.errors.needs}
        />
        <TextField
          id={form.idFor('icpc')}
          label={labels.icpc}
          description={t('referrals.form.icpcDescription')}
          autoComplete="off"
          spellCheck={false}
          value={values.icpc}
          onChange={(v) => form.set('icpc', v)}
          error={form.errors.icpc}
        />
        <div className="wp-narrow">
          <Paragraph small>{t('referrals.form.partsDescription')}</Paragraph>
        </div>
        <CheckboxGroup
          id={form.idFor('categories')}
          legend={labels.categories}
          options={parts.map((c) => ({ value: c, label: t(`record.cat.${c}`) }))}
          value={values.categories}
          onChange={(v) => form.set('categories', v)}
          error={form.errors.categories}
          empty={t('referrals.form.partsNone')}
        />
        {values.categories.length > 0 && (
          <CheckboxGroup
            id={form.idFor('agreed')}
            legend={labels.agreed}
            options={[{ value: 'yes', label: t('referrals.form.agreed') }]}
            value={values.agreed}
            onChange={(v) => form.set('agreed', v)}
            error={form.errors.agreed}
          />
        )}
        <RadioGroup
          id={form.idFor('urgency')}
          legend={labels.urgency}
          options={[
            { value: 'routine', label: t('referrals.urgency.routine') },
            { value: 'urgent', label: t('referrals.urgency.urgent') },
          ]}
          value={values.urgency}
          onChange={(v) => form.set('urgency', v)}
          error={form.errors.urgency}
        />
        <RadioGroup
          id={form.idFor('contactBy')}
          legend={labels.contactBy}
          options={[
            { value: '', label: t('referrals.form.noPreference') },
            ...(['phone', 'email', 'letter'] as const).map((c) => ({
              value: c,
              label: t(`referrals.contact.${c}`),
            })),
          ]}
          value={values.contactBy}
          onChange={(v) => form.set('contactBy', v)}
          error={form.errors.contactBy}
        />
        <SelectField
          id={form.idFor('language')}
          label={labels.language}
          value={values.language}
          onChange={(v) => form.set('language', v)}
          placeholder={t('referrals.form.noPreference')}
          options={LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
          error={form.errors.language}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('referrals.form.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
