// Every instrument by its code. The Record type makes the compiler refuse a code without a scorer.
import type { Instrument, InstrumentCode } from './instrument.ts';
import { INSTRUMENT_CODES } from './instrument.ts';
import { gfi, tfi } from './frailty.ts';
import { ons4, swemwbs, wemwbs } from './wellbeing.ts';
import { gad2, gad7, phq2, phq9 } from './phq-gad.ts';
import { eq5d5lNl } from './eq5d.ts';
import { djg6 } from './loneliness.ts';
import { alcohol, beweegrichtlijn, bmi, smoking } from './lifestyle.ts';

export const INSTRUMENTS: Readonly<Record<InstrumentCode, Instrument>> = {
  gfi,
  tfi,
  swemwbs,
  wemwbs,
  ons4,
  phq9,
  phq2,
  gad7,
  gad2,
  'eq5d5l-nl': eq5d5lNl,
  djg6,
  beweegrichtlijn,
  alcohol,
  bmi,
  smoking,
};

const isCode = (code: string): code is InstrumentCode =>
  (INSTRUMENT_CODES as readonly string[]).includes(code);

/** The instrument with this code, or null for a code we do not know. */
export const instrumentByCode = (code: string): Instrument | null =>
  isCode(code) ? INSTRUMENTS[code] : null;
