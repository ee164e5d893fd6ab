// A statutory clock as a marker word in a box whose border differs per state, then the days in words
// ("Let op — nog 4 dagen, uiterlijk 12 mei 2025"). The words carry the meaning; colour only adds to it.
import { useI18n } from '../../i18n/context.tsx';
import type { Clock } from './api.ts';
import { clockWords } from './words.ts';

export function ClockMarker({ clock }: { clock: Clock }) {
  const i18n = useI18n();
  const { marker, detail } = clockWords(clock, i18n);
  return (
    <span className={`wp-clock wp-clock--${clock.state}`}>
      <strong className="wp-clock__marker">{marker}</strong>
      <span className="wp-visually-hidden">: </span> <span className="wp-clock__detail">{detail}</span>
    </span>
  );
}
