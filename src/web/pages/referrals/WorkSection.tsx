// What the receiving side does with a referral while it runs (issue 7, part 5): contact moments with the
// resident (when, how, a note) and the services of the social map the resident was linked to. The receiver
// notes and links while the referral is accepted, in progress or on hold; the resident reads the same in
// plain words. The referrer sees none of it (the server gives `work` only to receiver and resident).
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useForm } from '../../components/useForm.ts';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import { CONTACT_KINDS, referralsApi, servicePath, type ReferralStatus, type ReferralView } from './api.ts';
import { atFields } from './fieldPaths.ts';
import { SearchPicker } from './SearchPicker.tsx';
import { contactKindWord } from './words.ts';

type Work = NonNullable<ReferralView['work']>;
type Contact = Work['contacts'][number];

/** The statuses in which the receiving side notes contacts and links services (the server's WORKING). */
const WORKING: ReadonlySet<ReferralStatus> = new Set(['accepted', 'in-progress', 'on-hold']);
export const isWorking = (status: ReferralStatus) => WORKING.has(status);

/** For the receiving side: contacts and links, with the forms while the referral runs. */
export function WorkSection({
  view,
  work,
  onChanged,
}: {
  view: ReferralView;
  work: Work;
  onChanged: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const working = isWorking(view.status);
  // A new form (with the time of now) after each saved contact.
  const [round, setRound] = useState(0);
  return (
    <>
      <section className="wp-section" aria-labelledby="referral-work-heading">
        <Heading2 id="referral-work-heading">{t('referrals.work.heading')}</Heading2>
        <div className="wp-narrow">
          <Paragraph>{t('referrals.work.intro')}</Paragraph>
        </div>
        {work.contacts.length ? (
          <DataTable<Contact>
            caption={t('referrals.work.caption')}
            captionHidden
            rows={work.contacts}
            rowKey={(c) => c.id}
            columns={[
              { header: t('referrals.col.when'), rowHeader: true, cell: (c) => formatDateTime(c.at) },
              { header: t('referrals.work.colKind'), cell: (c) => contactKindWord(c.kind, i18n) },
              { header: t('referrals.col.who'), cell: (c) => c.by },
              { header: t('referrals.work.colNote'), cell: (c) => c.note },
            ]}
          />
        ) : (
          <Paragraph>{t('referrals.work.none')}</Paragraph>
        )}
        {working ? (
          <ContactForm
            key={round}
            view={view}
            onSaved={() => {
              setRound((n) => n + 1);
              onChanged(t('referrals.work.saved'));
            }}
          />
        ) : (
          <Paragraph>{t('referrals.work.closedNote')}</Paragraph>
        )}
      </section>
      <LinksSection view={view} work={work} working={working} onChanged={onChanged} />
    </>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today and now in the browser's own time, as the date and time fields want them. */
function now() {
  const d = new Date();
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

function ContactForm({ view, onSaved }: { view: ReferralView; onSaved: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const [initial] = useState(() => ({ ...now(), kind: '', note: '' }));
  const form = useKeptForm('referral-contact', `${me.id}.referral-contact.${view.id}`, initial);
  const { values } = form;
  const labels = {
    date: t('referrals.work.date'),
    time: t('referrals.work.time'),
    kind: t('referrals.work.kind'),
    note: t('referrals.work.note'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const date = values.date.trim();
    const time = values.time.trim();
    const at = new Date(`${date}T${time}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time) || Number.isNaN(at.getTime())) {
      form.fail({
        ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? {} : { date: t('referrals.work.noDate') }),
        ...(/^\d{2}:\d{2}$/.test(time) ? {} : { time: t('referrals.work.noDate') }),
      });
      return;
    }
    void form.submit(async () => {
      await referralsApi
        .addContact(view.id, { at: at.toISOString(), kind: values.kind, note: values.note })
        .catch(atFields((p) => (p === 'body.at' ? 'date' : undefined)));
      form.clear();
      onSaved();
    });
  };

  return (
    <div className="wp-panel wp-step-form">
      <Heading3 id="referral-contact-heading">{t('referrals.work.formHeading')}</Heading3>
      <FormFeedback form={form} labels={labels} problemTitle={t('referrals.work.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="referral-contact-heading">
        <RequiredNote />
        <div className="wp-date-time">
          <TextField
            id={form.idFor('date')}
            label={labels.date}
            description={t('referrals.work.dateDescription')}
            type="date"
            required
            value={values.date}
            onChange={(v) => form.set('date', v)}
            error={form.errors.date}
          />
          <TextField
            id={form.idFor('time')}
            label={labels.time}
            description={t('referrals.work.timeDescription')}
            type="time"
            required
            value={values.time}
            onChange={(v) => form.set('time', v)}
            error={form.errors.time}
          />
        </div>
        <RadioGroup
          id={form.idFor('kind')}
          legend={
            <>
              {labels.kind}
              <span className="wp-required" aria-hidden="true">
                {' *'}
              </span>
            </>
          }
          options={CONTACT_KINDS.map((k) => ({ value: k, label: contactKindWord(k, i18n) }))}
          value={values.kind}
          onChange={(v) => form.set('kind', v)}
          error={form.errors.kind}
        />
        <TextAreaField
          id={form.idFor('note')}
          label={labels.note}
          description={t('referrals.work.noteDescription')}
          required
          maxLength={4000}
          value={values.note}
          onChange={(v) => form.set('note', v)}
          error={form.errors.note}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('referrals.work.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

function LinksSection({
  view,
  work,
  working,
  onChanged,
}: {
  view: ReferralView;
  work: Work;
  working: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const unlink = useForm('referral-unlink', {});
  const remove = (s: { id: string; name: string }) =>
    void unlink.submit(async () => {
      await referralsApi.unlink(view.id, s.id);
      onChanged(t('referrals.work.unlinked', { name: s.name }));
    });
  return (
    <section className="wp-section" aria-labelledby="referral-links-heading">
      <Heading2 id="referral-links-heading">{t('referrals.work.linksHeading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('referrals.work.linksIntro')}</Paragraph>
      </div>
      <FormFeedback form={unlink} labels={{}} problemTitle={t('referrals.work.linkFailed')} />
      {work.linkedServices.length ? (
        <UnorderedList className="wp-linked-services">
          {work.linkedServices.map((s) => (
            <UnorderedListItem key={s.id}>
              <AppLink to={servicePath(s.id)}>{s.name}</AppLink>
              {working && (
                <>
                  {' '}
                  <Button
                    appearance="subtle-button"
                    busy={unlink.busy}
                    aria-label={t('referrals.work.unlinkName', { name: s.name })}
                    onClick={() => remove(s)}
                  >
                    {t('referrals.work.unlink')}
                  </Button>
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('referrals.work.linksNone')}</Paragraph>
      )}
      {working && <LinkForm view={view} onLinked={onChanged} />}
    </section>
  );
}

function LinkForm({ view, onLinked }: { view: ReferralView; onLinked: (message: string) => void }) {
  const { t } = useI18n();
  const form = useForm('referral-link', { q: '', service: '', serviceLabel: '' });
  const { values } = form;
  const names = useRef(new Map<string, string>());
  const labels = { service: t('referrals.work.linkLegend') };

  const find = (q: string) =>
    referralsApi.services(q).then((hits) =>
      hits.map((s) => {
        names.current.set(s.id, s.name);
        return {
          value: s.id,
          label: s.organization
            ? t('referrals.serviceOption', { name: s.name, organisation: s.organization.name })
            : t('referrals.serviceOptionPlain', { name: s.name }),
        };
      }),
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.service) {
      form.fail({ service: t('referrals.work.linkChoose') });
      return;
    }
    void form.submit(async () => {
      await referralsApi
        .link(view.id, values.service)
        .catch(atFields((p) => (p === 'body.serviceId' ? 'service' : undefined)));
      const name = names.current.get(values.service) ?? values.serviceLabel;
      form.reset({ q: '', service: '', serviceLabel: '' });
      onLinked(t('referrals.work.linked', { name }));
    });
  };

  return (
    <div className="wp-panel wp-step-form">
      <FormFeedback form={form} labels={labels} problemTitle={t('referrals.work.linkFailed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="referral-links-heading">
        <SearchPicker
          searchId={form.idFor('q')}
          choiceId={form.idFor('service')}
          searchLabel={t('referrals.work.linkSearch')}
          searchDescription={t('referrals.fb.serviceSearchDescription')}
          legend={labels.service}
          empty={t('referrals.fb.servicesNone')}
          q={values.q}
          onQ={(q) => form.set('q', q)}
          find={find}
          chosen={values.service ? [{ value: values.service, label: values.serviceLabel }] : []}
          onChange={([c]) => {
            form.set('service', c?.value ?? '');
            form.set('serviceLabel', c?.label ?? '');
          }}
          error={form.errors.service}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
            {t('referrals.work.linkSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

/** For the resident: who had contact with her and how, and the services she was linked to, in plain words. */
export function MyWorkSection({ work }: { work: Work }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="wp-section" aria-labelledby="referral-mywork-heading">
      <Heading2 id="referral-mywork-heading">{t('referrals.work.mineHeading')}</Heading2>
      {work.contacts.length ? (
        <UnorderedList className="wp-contacts">
          {work.contacts.map((c) => (
            <UnorderedListItem key={c.id}>
              {t(`referrals.work.mine.${c.kind}`, { when: formatDateTime(c.at), name: c.by })}
              <br />
              {t('referrals.work.mineNote', { name: c.by, note: c.note })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('referrals.work.mineNone')}</Paragraph>
      )}
      {work.linkedServices.length > 0 && (
        <>
          <Paragraph>{t('referrals.work.mineLinks')}</Paragraph>
          <UnorderedList>
            {work.linkedServices.map((s) => (
              <UnorderedListItem key={s.id}>
                <AppLink to={servicePath(s.id)}>{s.name}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
