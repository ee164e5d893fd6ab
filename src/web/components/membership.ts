import type { Membership } from '../api.ts';
import { isMessageKey } from '../i18n/context.tsx';
import type { I18n } from '../i18n/context.tsx';

/** A membership in plain words, e.g. "Huisarts bij Gezondheidscentrum De Wijk". */
export function describeMembership(m: Membership, { t, label }: Pick<I18n, 't' | 'label'>): string {
  const key = `membership.${m.role}`;
  const organisation = m.organisation?.name;
  const neighbourhood = m.neighbourhood?.name;
  const discipline = m.discipline ? label('discipline', m.discipline) : label('role', m.role);
  const missingOrganisation = ['professional', 'provider_editor', 'funder'].includes(m.role) && !organisation;
  const missingNeighbourhood = ['resident', 'coordinator'].includes(m.role) && !neighbourhood;
  if (!isMessageKey(key) || missingOrganisation || missingNeighbourhood) {
    // Not enough to make a sentence: name what we know.
    return [m.discipline ? discipline : label('role', m.role), organisation, neighbourhood]
      .filter(Boolean)
      .join(', ');
  }
  return t(key, { discipline, organisation: organisation ?? '', neighbourhood: neighbourhood ?? '' });
}
