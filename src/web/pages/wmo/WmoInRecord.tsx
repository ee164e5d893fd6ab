// The resident's Wmo reports in her own record (/mijn-dossier): what each is about, when she reported it,
// and a link to the case with its clocks, the question to her GP and the advice. Shows nothing for someone
// without a report.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { casePath, wmoApi } from './api.ts';
import { dayText } from './words.ts';

export function WmoInRecord() {
  const { t, locale } = useI18n();
  const list = useLoad(() => wmoApi.cases().then((r) => r.items));
  if (list.status !== 'ready' || list.data.length === 0) return null;
  return (
    <section className="wp-section" aria-labelledby="record-wmo-heading">
      <Heading2 id="record-wmo-heading">{t('wmo.inRecord.heading')}</Heading2>
      <Paragraph>{t('wmo.inRecord.intro')}</Paragraph>
      <UnorderedList>
        {list.data.map((c) => (
          <UnorderedListItem key={c.id}>
            <AppLink to={casePath(c.id)}>
              {t('wmo.inRecord.line', { subject: c.subject, date: dayText(locale, c.reportedOn) })}
            </AppLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
