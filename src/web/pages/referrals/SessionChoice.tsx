// Choosing a dated session of a service (a walking group on Tuesday 10:00): each upcoming session with its
// places left, "vol — wachtlijst" when it is full but has a waiting list. A full session without a waiting
// list cannot be booked (the server refuses it at to.sessionId), so it is named but not offered.
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/context.tsx';
import { RadioGroup } from '../consent/fields.tsx';
import { capitalise, formatSessionStart, placesText } from '../map/format.ts';
import type { Session } from './api.ts';

const full = (s: Session) => s.places_left !== null && s.places_left <= 0;

export function SessionChoice({
  id,
  legend,
  description,
  none,
  sessions,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: ReactNode;
  description: string;
  /** the choice for no particular session */
  none: string;
  sessions: Session[];
  value: string;
  onChange: (sessionId: string) => void;
  error?: string | undefined;
}) {
  const { t, locale } = useI18n();
  const when = (s: Session) => capitalise(formatSessionStart(s.starts_at, locale));
  const bookable = sessions.filter((s) => !full(s) || s.waiting_list);
  const closed = sessions.filter((s) => full(s) && !s.waiting_list);
  return (
    <div className="wp-session-choice">
      <Paragraph small>{description}</Paragraph>
      <RadioGroup
        id={id}
        legend={legend}
        options={[
          { value: '', label: none },
          ...bookable.map((s) => ({
            value: s.id,
            label: full(s)
              ? t('referrals.session.waitingList', { when: when(s) })
              : t('referrals.session.places', {
                  when: when(s),
                  places: placesText(t, s.places_left, s.waiting_list),
                }),
          })),
        ]}
        value={value}
        onChange={onChange}
        error={error}
      />
      {closed.length > 0 && (
        <Paragraph small>{t('referrals.session.full', { list: closed.map(when).join('; ') })}</Paragraph>
      )}
    </div>
  );
}
