import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

describe('front-desk streams', () => {
  it.each([
    ['Ik heb al weken pijn in mijn knie en de medicijnen helpen niet.', 'care', ['pijn', 'knie', 'medicij']],
    ['Mijn huisarts zegt dat ik moet afvallen. Waar kan ik sporten?', 'health', ['afvallen', 'sport']],
    ['Ik ben zo eenzaam sinds mijn man overleed, ik zie niemand meer.', 'wellbeing', ['eenzaam', 'niemand']],
    [
      'Ik krijg mijn rekeningen niet meer betaald en heb schulden.',
      'wellbeing',
      ['schuld', 'rekening', 'betaal'],
    ],
    ['Ik wil stoppen met roken.', 'health', ['roken', 'stoppen met']],
  ])('%s → %s', (text, stream, words) => {
    const c = classify(text);
    expect(c.stream).toBe(stream);
    expect([...c.because].sort()).toEqual([...words].sort());
    expect(c.urgent).toBe(false);
  });

  it('matches short words whole: a huisarts is not a house, a valpreventie course is not a fall', () => {
    expect(classify('Ik zoek een nieuwe huisarts').stream).toBe('care');
    expect(classify('Ik zoek een nieuwe huisarts').because).toEqual(['huisarts']);
    expect(classify('Is er een cursus valpreventie?').because).toEqual(['valpreventie']);
    expect(classify('Mijn huis is te groot').because).toEqual(['huis']);
  });

  it('lets the intake answer win, and sends what it does not recognise (or a tie) to wellbeing', () => {
    expect(classify('Ik wil meer bewegen', 'daily_life')).toMatchObject({
      stream: 'wellbeing',
      because: ['topic:daily_life'],
    });
    expect(classify('Ik wil meer bewegen', 'not_sure').stream).toBe('health');
    expect(classify('Hallo, ik heb een vraag.')).toEqual({ stream: 'wellbeing', because: [], urgent: false });
    expect(classify('Pijn en eenzaam').stream).toBe('wellbeing');
  });

  it('notices words of acute danger, whatever the stream', () => {
    expect(classify('Ik wil niet meer leven').urgent).toBe(true);
    expect(classify('Ik denk aan zelfmoord', 'lifestyle').urgent).toBe(true);
    expect(classify('Ik wil meer leven in mijn dagen').urgent).toBe(false);
  });
});
