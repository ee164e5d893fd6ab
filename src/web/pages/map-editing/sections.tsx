// The fieldsets of the edit form, in the order a provider thinks about an offer: what it is, for whom,
// what it costs, how to reach it, when, in which languages, where, which categories, how often to check.
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import type { EditingOptions, Term } from './api.ts';
import { ChoiceList, TextAreaField, YesNoBox } from './fields.tsx';
import { fieldId, newItem, type FormValues } from './formModel.ts';
import { Repeater } from './Repeater.tsx';

export interface SectionProps {
  values: FormValues;
  set: <K extends keyof FormValues>(name: K, value: FormValues[K]) => void;
  err: (path: string) => string | undefined;
  options: EditingOptions;
}

const STATUSES = ['active', 'temporarily closed', 'inactive', 'defunct'] as const;
const FINANCING = ['free', 'wmo', 'zvw', 'self_paid', 'membership'] as const;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function Section({ id, legend, children }: { id: string; legend: string; children: ReactNode }) {
  return (
    <Fieldset id={id} className="wp-edit-section">
      <FieldsetLegend className="wp-edit-section__legend">{legend}</FieldsetLegend>
      {children}
    </Fieldset>
  );
}

export function AboutSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-about" legend={t('mapEdit.form.about')}>
      <TextField
        id={fieldId('name')}
        label={t('mapEdit.field.name')}
        required
        value={v.name}
        onChange={(x) => set('name', x)}
        error={err('name')}
      />
      <TextAreaField
        id={fieldId('summary_b1')}
        label={t('mapEdit.field.summary_b1')}
        description={t('mapEdit.field.summary_b1Help')}
        rows={3}
        value={v.summary_b1}
        onChange={(x) => set('summary_b1', x)}
        error={err('summary_b1')}
      />
      <TextAreaField
        id={fieldId('description')}
        label={t('mapEdit.field.description')}
        rows={6}
        value={v.description}
        onChange={(x) => set('description', x)}
        error={err('description')}
      />
      <TextField
        id={fieldId('alternate_name')}
        label={t('mapEdit.field.alternate_name')}
        value={v.alternate_name}
        onChange={(x) => set('alternate_name', x)}
        error={err('alternate_name')}
      />
      <SelectField
        id={fieldId('status')}
        label={t('mapEdit.field.status')}
        options={STATUSES.map((s) => ({ value: s, label: t(`mapEdit.serviceStatus.${s}` as MessageKey) }))}
        value={v.status}
        onChange={(x) => set('status', x as FormValues['status'])}
        error={err('status')}
      />
    </Section>
  );
}

export function AudienceSection({ values: v, set, err, options }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-audience" legend={t('mapEdit.form.audience')}>
      <TextAreaField
        id={fieldId('eligibility_description')}
        label={t('mapEdit.field.eligibility_description')}
        rows={3}
        value={v.eligibility_description}
        onChange={(x) => set('eligibility_description', x)}
        error={err('eligibility_description')}
      />
      <div className="wp-edit-row">
        <TextField
          id={fieldId('minimum_age')}
          label={t('mapEdit.field.minimum_age')}
          inputMode="numeric"
          value={v.minimum_age}
          onChange={(x) => set('minimum_age', x)}
          error={err('minimum_age')}
        />
        <TextField
          id={fieldId('maximum_age')}
          label={t('mapEdit.field.maximum_age')}
          inputMode="numeric"
          value={v.maximum_age}
          onChange={(x) => set('maximum_age', x)}
          error={err('maximum_age')}
        />
      </div>
      <TermChoices
        id="entry-terms-target"
        legend={t('mapEdit.field.targetGroups')}
        terms={options.terms.filter((x) => x.group === 'target_group')}
        values={v}
        set={set}
        err={err}
      />
    </Section>
  );
}

export function CostSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-cost" legend={t('mapEdit.form.cost')}>
      <SelectField
        id={fieldId('financing_route')}
        label={t('mapEdit.field.financing_route')}
        placeholder={t('mapEdit.field.financingUnknown')}
        options={FINANCING.map((f) => ({ value: f, label: t(`mapEdit.financing.${f}` as MessageKey) }))}
        value={v.financing_route}
        onChange={(x) => set('financing_route', x)}
        error={err('financing_route')}
      />
      <TextAreaField
        id={fieldId('fees_description')}
        label={t('mapEdit.field.fees_description')}
        rows={2}
        value={v.fees_description}
        onChange={(x) => set('fees_description', x)}
        error={err('fees_description')}
      />
      <Repeater
        id={fieldId('cost_options')}
        legend={t('mapEdit.field.cost_options')}
        items={v.cost_options}
        onChange={(x) => set('cost_options', x)}
        make={() => newItem('cost_options')}
        itemLegend={(i) => t('mapEdit.cost.item', { n: i + 1 })}
        firstFieldId={(i) => fieldId(`cost_options.${i}.option`)}
        addLabel={t('mapEdit.cost.add')}
        removeLabel={(i) => t('mapEdit.cost.remove', { n: i + 1 })}
        empty={t('mapEdit.cost.none')}
        error={err('cost_options')}
      >
        {(c, i, patch) => (
          <>
            <TextField
              id={fieldId(`cost_options.${i}.option`)}
              label={t('mapEdit.cost.option')}
              description={t('mapEdit.cost.optionHelp')}
              value={c.option}
              onChange={(x) => patch({ option: x })}
              error={err(`cost_options.${i}.option`)}
            />
            <TextField
              id={fieldId(`cost_options.${i}.amount`)}
              label={t('mapEdit.cost.amount')}
              inputMode="decimal"
              value={c.amount}
              onChange={(x) => patch({ amount: x })}
              error={err(`cost_options.${i}.amount`)}
            />
            <TextField
              id={fieldId(`cost_options.${i}.amount_description`)}
              label={t('mapEdit.cost.amountDescription')}
              value={c.amount_description}
              onChange={(x) => patch({ amount_description: x })}
              error={err(`cost_options.${i}.amount_description`)}
            />
          </>
        )}
      </Repeater>
      <YesNoBox
        id={fieldId('wor_eligible')}
        label={t('mapEdit.field.wor_eligible')}
        description={t('mapEdit.field.worHelp')}
        checked={v.wor_eligible}
        onChange={(x) => set('wor_eligible', x)}
      />
      <YesNoBox
        id={fieldId('bor_eligible')}
        label={t('mapEdit.field.bor_eligible')}
        description={t('mapEdit.field.borHelp')}
        checked={v.bor_eligible}
        onChange={(x) => set('bor_eligible', x)}
      />
    </Section>
  );
}

export function ContactSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-contact" legend={t('mapEdit.form.contact')}>
      <Repeater
        id={fieldId('phones')}
        legend={t('mapEdit.field.phones')}
        items={v.phones}
        onChange={(x) => set('phones', x)}
        make={() => newItem('phones')}
        itemLegend={(i) => t('mapEdit.phone.item', { n: i + 1 })}
        firstFieldId={(i) => fieldId(`phones.${i}.number`)}
        addLabel={t('mapEdit.phone.add')}
        removeLabel={(i) => t('mapEdit.phone.remove', { n: i + 1 })}
        empty={t('mapEdit.phone.none')}
        error={err('phones')}
      >
        {(p, i, patch) => (
          <>
            <TextField
              id={fieldId(`phones.${i}.number`)}
              label={t('mapEdit.phone.number')}
              type="tel"
              required
              value={p.number}
              onChange={(x) => patch({ number: x })}
              error={err(`phones.${i}.number`)}
            />
            <TextField
              id={fieldId(`phones.${i}.description`)}
              label={t('mapEdit.phone.description')}
              description={t('mapEdit.phone.descriptionHelp')}
              value={p.description}
              onChange={(x) => patch({ description: x })}
              error={err(`phones.${i}.description`)}
            />
          </>
        )}
      </Repeater>
      <TextField
        id={fieldId('email')}
        label={t('mapEdit.field.email')}
        type="email"
        autoComplete="off"
        value={v.email}
        onChange={(x) => set('email', x)}
        error={err('email')}
      />
      <TextField
        id={fieldId('url')}
        label={t('mapEdit.field.url')}
        description={t('mapEdit.field.urlHelp')}
        type="url"
        value={v.url}
        onChange={(x) => set('url', x)}
        error={err('url')}
      />
      <TextAreaField
        id={fieldId('application_process')}
        label={t('mapEdit.field.application_process')}
        rows={3}
        value={v.application_process}
        onChange={(x) => set('application_process', x)}
        error={err('application_process')}
      />
    </Section>
  );
}

export function ScheduleSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-when" legend={t('mapEdit.form.when')}>
      <Repeater
        id={fieldId('schedules')}
        legend={t('mapEdit.field.schedules')}
        items={v.schedules}
        onChange={(x) => set('schedules', x)}
        make={() => newItem('schedules')}
        itemLegend={(i) => t('mapEdit.schedule.item', { n: i + 1 })}
        firstFieldId={(i) => `${fieldId(`schedules.${i}.byday`)}-0`}
        addLabel={t('mapEdit.schedule.add')}
        removeLabel={(i) => t('mapEdit.schedule.remove', { n: i + 1 })}
        empty={t('mapEdit.schedule.none')}
        error={err('schedules')}
      >
        {(x, i, patch) => (
          <>
            <ChoiceList
              id={fieldId(`schedules.${i}.byday`)}
              legend={t('mapEdit.schedule.days')}
              choices={DAYS.map((d) => ({ value: d, label: t(`mapEdit.day.${d}` as MessageKey) }))}
              value={x.byday}
              onChange={(days) => patch({ byday: days })}
              error={err(`schedules.${i}.byday`)}
            />
            <div className="wp-edit-row">
              <TextField
                id={fieldId(`schedules.${i}.opens_at`)}
                label={t('mapEdit.schedule.opens')}
                description={t('mapEdit.schedule.timeHelp')}
                inputMode="numeric"
                value={x.opens_at}
                onChange={(val) => patch({ opens_at: val })}
                error={err(`schedules.${i}.opens_at`)}
              />
              <TextField
                id={fieldId(`schedules.${i}.closes_at`)}
                label={t('mapEdit.schedule.closes')}
                description={t('mapEdit.schedule.timeHelp')}
                inputMode="numeric"
                value={x.closes_at}
                onChange={(val) => patch({ closes_at: val })}
                error={err(`schedules.${i}.closes_at`)}
              />
            </div>
            <SelectField
              id={fieldId(`schedules.${i}.freq`)}
              label={t('mapEdit.schedule.freq')}
              options={[
                { value: 'WEEKLY', label: t('mapEdit.schedule.weekly') },
                { value: 'MONTHLY', label: t('mapEdit.schedule.monthly') },
              ]}
              placeholder={t('mapEdit.schedule.freqNone')}
              value={x.freq}
              onChange={(val) => patch({ freq: val })}
              error={err(`schedules.${i}.freq`)}
            />
            <TextField
              id={fieldId(`schedules.${i}.description`)}
              label={t('mapEdit.schedule.description')}
              description={t('mapEdit.schedule.descriptionHelp')}
              value={x.description}
              onChange={(val) => patch({ description: val })}
              error={err(`schedules.${i}.description`)}
            />
          </>
        )}
      </Repeater>
    </Section>
  );
}

export function LanguageSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-languages" legend={t('mapEdit.form.languages')}>
      <Repeater
        id={fieldId('languages')}
        legend={t('mapEdit.field.languages')}
        items={v.languages}
        onChange={(x) => set('languages', x)}
        make={() => newItem('languages')}
        itemLegend={(i) => t('mapEdit.language.item', { n: i + 1 })}
        firstFieldId={(i) => fieldId(`languages.${i}.name`)}
        addLabel={t('mapEdit.language.add')}
        removeLabel={(i) => t('mapEdit.language.remove', { n: i + 1 })}
        empty={t('mapEdit.language.none')}
        error={err('languages')}
      >
        {(l, i, patch) => (
          <TextField
            id={fieldId(`languages.${i}.name`)}
            label={t('mapEdit.language.name')}
            description={t('mapEdit.language.nameHelp')}
            required
            value={l.name}
            onChange={(x) => patch({ name: x })}
            error={err(`languages.${i}.name`)}
          />
        )}
      </Repeater>
    </Section>
  );
}

export function AreaSection({ values: v, set, err, options }: SectionProps) {
  const { t } = useI18n();
  // The caller's neighbourhoods, plus any code the entry already has (a buurt, the whole municipality).
  const known = new Map(options.areas.map((a) => [a.cbsCode, a.name]));
  for (const a of v.service_areas) if (!known.has(a.cbs_code)) known.set(a.cbs_code, a.name || a.cbs_code);
  const choices = [...known].map(([code, name]) => ({ value: code, label: `${name} (${code})` }));
  return (
    <Section id="entry-section-where" legend={t('mapEdit.form.where')}>
      {choices.length === 0 ? (
        <Paragraph>{t('mapEdit.area.none')}</Paragraph>
      ) : (
        <ChoiceList
          id={fieldId('service_areas')}
          legend={t('mapEdit.field.service_areas')}
          description={t('mapEdit.area.help')}
          choices={choices}
          value={v.service_areas.map((a) => a.cbs_code)}
          onChange={(codes) =>
            set(
              'service_areas',
              codes.map(
                (code) =>
                  v.service_areas.find((a) => a.cbs_code === code) ?? {
                    cbs_code: code,
                    name: known.get(code) ?? '',
                  },
              ),
            )
          }
          error={err('service_areas')}
        />
      )}
    </Section>
  );
}

function TermChoices({
  id,
  legend,
  terms,
  values,
  set,
  err,
  description,
  general,
}: {
  id: string;
  legend: string;
  terms: Term[];
  /** The domain itself among its sub-terms: labelled "(in general)". */
  general?: Term;
  values: FormValues;
  set: SectionProps['set'];
  err: SectionProps['err'];
  description?: string;
}) {
  const { t } = useI18n();
  const ids = new Set(terms.map((x) => x.id));
  const chosen = values.taxonomy_term_ids.filter((x) => ids.has(x));
  return (
    <ChoiceList
      id={id}
      legend={legend}
      description={description}
      choices={terms.map((x) => ({
        value: x.id,
        label: x.id === general?.id ? t('mapEdit.categories.general', { name: x.name }) : x.name,
      }))}
      value={chosen}
      onChange={(next) =>
        set('taxonomy_term_ids', [...values.taxonomy_term_ids.filter((x) => !ids.has(x)), ...next])
      }
      error={err(id)}
    />
  );
}

export function CategorySection(props: SectionProps) {
  const { t } = useI18n();
  const { values: v, options, err } = props;
  const domains = options.terms.filter((x) => x.group === 'domain' && !x.parentId);
  const chosen = new Set(v.taxonomy_term_ids);
  return (
    <Section id="entry-section-categories" legend={t('mapEdit.form.categories')}>
      <Paragraph>{t('mapEdit.categories.help')}</Paragraph>
      {err('taxonomy_term_ids') && (
        <Paragraph id={fieldId('taxonomy_term_ids')} tabIndex={-1} className="wp-edit-error">
          {err('taxonomy_term_ids')}
        </Paragraph>
      )}
      {domains.map((d) => {
        const terms = [d, ...options.terms.filter((x) => x.parentId === d.id)];
        const count = terms.filter((x) => chosen.has(x.id)).length;
        return (
          <details key={d.id} className="wp-edit-domain" open={count > 0}>
            <summary>
              {d.name}
              {count > 0 && ` (${t('mapEdit.categories.chosen', { count })})`}
            </summary>
            <TermChoices
              id={`entry-terms-${d.code ?? d.id}`.replace(/\./g, '-')}
              legend={t('mapEdit.categories.domainLegend', { name: d.name })}
              terms={terms}
              general={d}
              values={v}
              set={props.set}
              err={err}
            />
          </details>
        );
      })}
      <TermChoices
        id="entry-terms-need"
        legend={t('mapEdit.field.needs')}
        terms={options.terms.filter((x) => x.group === 'need')}
        values={v}
        set={props.set}
        err={err}
      />
    </Section>
  );
}

export function ReviewSection({ values: v, set, err }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="entry-section-review" legend={t('mapEdit.form.review')}>
      <TextField
        id={fieldId('review_interval_months')}
        label={t('mapEdit.field.review_interval_months')}
        description={t('mapEdit.field.reviewHelp')}
        inputMode="numeric"
        value={v.review_interval_months}
        onChange={(x) => set('review_interval_months', x)}
        error={err('review_interval_months')}
      />
    </Section>
  );
}
