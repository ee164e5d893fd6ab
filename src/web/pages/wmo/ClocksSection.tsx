// The two statutory clocks of a case (Wmo 2015): the investigation within six weeks after the report, the
// decision within two weeks after the application; each with what it is for, in the reader's words.
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import type { WmoCase } from './api.ts';
import { ClockMarker } from './ClockMarker.tsx';

export function ClocksSection({ c, reader }: { c: WmoCase; reader: 'consultant' | 'resident' }) {
  const { t } = useI18n();
  const mine = reader === 'resident';
  return (
    <section className="wp-section" aria-labelledby="wmo-clocks-heading">
      <Heading2 id="wmo-clocks-heading">
        {mine ? t('wmo.mine.clocksHeading') : t('wmo.clock.heading')}
      </Heading2>
      <div className="wp-wmo-clocks">
        <div className="wp-panel">
          <Heading3>{t('wmo.clock.investigation')}</Heading3>
          <Paragraph>{mine ? t('wmo.mine.investigationRule') : t('wmo.clock.investigationRule')}</Paragraph>
          <Paragraph>
            <ClockMarker clock={c.clocks.investigation} />
          </Paragraph>
        </div>
        <div className="wp-panel">
          <Heading3>{t('wmo.clock.decision')}</Heading3>
          <Paragraph>{mine ? t('wmo.mine.decisionRule') : t('wmo.clock.decisionRule')}</Paragraph>
          <Paragraph>
            <ClockMarker clock={c.clocks.decision} />
          </Paragraph>
        </div>
      </div>
    </section>
  );
}
