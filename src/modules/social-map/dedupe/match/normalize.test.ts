import { describe, expect, it } from 'vitest';
import {
  emailDomain,
  normalizeAddress,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  normalizePostcode,
  normalizeWebsite,
  phoneKey,
} from './normalize.ts';

describe('normalizeName', () => {
  it.each([
    ['Stichting Welzijn Kerkrade', 'Welzijn Kerkrade St.'],
    ['Stichting Welzijn Kerkrade', 'Kerkrade Welzijn'],
    ['Gezondheidscentrum De Linde', 'GC De Linde'],
    ['Huisartsenpraktijk Bosch B.V.', 'huisartspraktijk Bosch bv'],
    ['Coöperatie Thuiszorg Parkstad U.A.', 'Cooperatie Thuiszorg Parkstad'],
    ['Vereniging Dorpsbelangen Eygelshoven', 'Dorpsbelangen Eygelshoven ver.'],
    ['V.O.F. Bakkerij Jansen', 'Bakkerij Jansen vof'],
    ['Taalcafé "De Brug"', 'taalcafe de brug'],
    ['Meeting Ground, Inc.', 'Meeting Ground'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it('keeps the words that tell organisations apart', () => {
    expect(normalizeName('Stichting Welzijn Kerkrade')).toBe('kerkrade welzijn');
    expect(normalizeName('Welzijn Landgraaf')).not.toBe(normalizeName('Welzijn Kerkrade'));
  });
});

describe('normalizeAddress', () => {
  it('reads street, house number and addition however they are written', () => {
    const expected = { street: 'hoofdstraat', number: '12', addition: 'a' };
    expect(normalizeAddress('Hoofdstr. 12a')).toEqual(expected);
    expect(normalizeAddress('Hoofdstraat 12 A')).toEqual(expected);
    expect(normalizeAddress('Hoofdstraat 12-A')).toEqual(expected);
    expect(normalizeAddress('Hoofdstraat 12A')).toEqual(expected);
  });

  it.each([
    ['Kerkln 3', 'kerklaan'],
    ['Marktpl. 1', 'marktplein'],
    ['Dorpswg 4', 'dorpsweg'],
    ['Stationssngl 2', 'stationssingel'],
    ['Oudegr. 10', 'oudegracht'],
    ['Oude Gr. 10', 'oude gracht'],
    ['Rijnkd 5', 'rijnkade'],
  ])('spells out %s', (address, street) => {
    expect(normalizeAddress(address).street).toBe(street);
  });

  it('reads American addresses (number first, unit dropped)', () => {
    expect(normalizeAddress('201 Baptist Street, Suite 32')).toEqual({
      street: 'baptist street',
      number: '201',
      addition: null,
    });
    expect(normalizeAddress('5 N Main St')).toEqual(normalizeAddress('5 North Main Street'));
  });

  it('tells house numbers apart', () => {
    expect(normalizeAddress('Hoofdstraat 12').number).not.toBe(normalizeAddress('Hoofdstraat 14').number);
    expect(normalizeAddress('Hoofdstraat 12').addition).toBeNull();
  });
});

describe('normalizePostcode', () => {
  it('writes Dutch postcodes as 1234AB and American ZIP codes as five digits', () => {
    expect(normalizePostcode('6461 ab')).toBe('6461AB');
    expect(normalizePostcode(' 6461AB ')).toBe('6461AB');
    expect(normalizePostcode('21215-1234')).toBe('21215');
  });
});

describe('normalizePhone', () => {
  it('reads Dutch numbers in any format as one E.164 number', () => {
    for (const n of ['+31 45 123 4567', '0031451234567', '045-1234567', '(045) 123 45 67'])
      expect(normalizePhone(n)).toBe('+31451234567');
    expect(normalizePhone('06-12345678')).toBe('+31612345678');
  });

  it('falls back to digits for numbers that are no Dutch number, and drops extensions', () => {
    expect(normalizePhone('(443) 910-2640')).toBe('4439102640');
    expect(normalizePhone('443.910.2640 ext. 12')).toBe('4439102640');
    expect(normalizePhone('112')).toBeNull();
  });

  it('keys a number by its last nine digits, with or without country code', () => {
    expect(phoneKey('+1 443 910 2640')).toBe(phoneKey('(443) 910-2640'));
    expect(phoneKey('045-1234567')).toBe(phoneKey('+31 45 123 4567'));
    expect(phoneKey('045-1234567')).not.toBe(phoneKey('045-1234568'));
  });
});

describe('websites and e-mail', () => {
  it('keeps a website’s domain only', () => {
    expect(normalizeWebsite('https://www.WelzijnKerkrade.nl/over-ons?x=1')).toBe('welzijnkerkrade.nl');
    expect(normalizeWebsite('welzijnkerkrade.nl')).toBe('welzijnkerkrade.nl');
    expect(normalizeWebsite('http://www.facebook.com/buurthuisnoord/')).toBe('facebook.com/buurthuisnoord');
    expect(normalizeWebsite('geen')).toBeNull();
  });

  it('lowercases e-mail and takes the domain only when it is not a generic mail provider', () => {
    expect(normalizeEmail(' Info@WelzijnKerkrade.nl ')).toBe('info@welzijnkerkrade.nl');
    expect(normalizeEmail('geen e-mail')).toBeNull();
    expect(emailDomain('info@welzijnkerkrade.nl')).toBe('welzijnkerkrade.nl');
    for (const d of [
      'gmail.com',
      'hotmail.com',
      'outlook.com',
      'live.nl',
      'ziggo.nl',
      'kpnmail.nl',
      'planet.nl',
    ])
      expect(emailDomain(`buurthuis@${d}`)).toBeNull();
  });
});

describe('misspelt legal forms', () => {
  it('drops a long legal form with a typo, not a word that merely looks like one', () => {
    expect(normalizeName('Stichitng Welzijn Kerkrade')).toBe('kerkrade welzijn');
    expect(normalizeName('Verenigng Dorpsbelangen')).toBe('dorpsbelangen');
    expect(normalizeName('Stichtse Vecht Zorg')).toBe('stichtse vecht zorg');
  });
});
