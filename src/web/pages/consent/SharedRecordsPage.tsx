// The professional's Gedeelde dossiers (/gedeelde-dossiers): the residents whose records they may open now,
// on which consents (purpose, parts, until when) or emergency access, and the ways to get access.
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { dateText } from '../record/words.ts';
import {
  ASK_PATH,
  consentApi,
  EMERGENCY_PATH,
  firstUse,
  sharedRecordPath,
  type SharedResident,
} from './api.ts';
import { partsText, purposeText } from './words.ts';

export function SharedRecordsPage() {
  const i18n = useI18n();
  const { t, locale, formatDateTime } = i18n;
  const shared = useLoad(() => consentApi.shared());
  return (
    <>
      <PageTitle>{t('shared.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('shared.intro')}</Paragraph>
      </div>
      <LoadState load={shared}>
        {(data) => (
          <>
            <UnorderedList className="wp-link-list">
              <UnorderedListItem>
                <AppLink to={ASK_PATH}>{t('shared.askLink')}</AppLink>
              </UnorderedListItem>
              {data.emergencyAllowed && (
                <UnorderedListItem>
                  <AppLink to={EMERGENCY_PATH}>{t('shared.emergencyLink')}</AppLink>
                </UnorderedListItem>
              )}
            </UnorderedList>
            {data.items.length ? (
              <DataTable<SharedResident>
                caption={t('shared.caption')}
                rows={data.items}
                rowKey={(r) => r.residentId}
                columns={[
                  {
                    header: t('shared.colResident'),
                    rowHeader: true,
                    cell: (r) => <AppLink to={sharedRecordPath(r.residentId, firstUse(r))}>{r.name}</AppLink>,
                  },
                  {
                    header: t('shared.colConsents'),
                    cell: (r) =>
                      r.consents.length ? (
                        <UnorderedList className="wp-cell-list">
                          {r.consents.map((c) => (
                            <UnorderedListItem key={c.id}>
                              {t('shared.consentLine', {
                                purpose: purposeText(c.purpose, c.purposeRef, { t }, c.purposeRefName),
                                parts: partsText(c.categories, i18n),
                                until: dateText(locale, c.validUntil),
                              })}
                            </UnorderedListItem>
                          ))}
                        </UnorderedList>
                      ) : (
                        t('common.none')
                      ),
                  },
                  {
                    header: t('shared.colEmergency'),
                    cell: (r) =>
                      r.emergencyUntil
                        ? t('shared.emergencyUntil', { date: formatDateTime(r.emergencyUntil) })
                        : t('shared.noEmergency'),
                  },
                ]}
              />
            ) : (
              <Paragraph>{t('shared.none')}</Paragraph>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
