import { describe, expect, it } from 'vitest';
import { validationMessage } from './validation-messages.ts';

describe('validationMessage', () => {
  it.each([
    [
      {
        code: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
        params: { expected: 'string' },
      },
      'Vul dit veld in.',
      'Please fill in this field.',
    ],
    [
      {
        code: 'invalid_type',
        message: 'Invalid input: expected number, received null',
        params: { expected: 'number' },
      },
      'Vul dit veld in.',
      'Please fill in this field.',
    ],
    [
      {
        code: 'invalid_type',
        message: 'Invalid input: expected number, received string',
        params: { expected: 'number' },
      },
      'Vul een getal in.',
      'Enter a number.',
    ],
    [
      { code: 'too_small', params: { origin: 'string', minimum: 1 } },
      'Vul dit veld in.',
      'Please fill in this field.',
    ],
    [
      { code: 'too_small', params: { origin: 'string', minimum: 10 } },
      'Gebruik minstens 10 tekens.',
      'Use at least 10 characters.',
    ],
    [
      { code: 'too_small', params: { origin: 'number', minimum: 0 } },
      'Het getal moet 0 of meer zijn.',
      'The number must be 0 or more.',
    ],
    [
      { code: 'too_big', params: { origin: 'string', maximum: 200 } },
      'Gebruik hoogstens 200 tekens.',
      'Use at most 200 characters.',
    ],
    [
      { code: 'invalid_value', params: { values: ['a', 'b'] } },
      'Kies een van de mogelijkheden uit de lijst.',
      'Choose one of the options in the list.',
    ],
    [
      { code: 'invalid_format', params: { format: 'email' } },
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      'Enter a valid email address, for example name@example.com.',
    ],
    [{ code: 'something_new', params: {} }, 'Deze waarde klopt niet.', 'This value is not valid.'],
  ])('%o', (issue, nl, en) => {
    expect(validationMessage(issue, 'nl')).toBe(nl);
    expect(validationMessage(issue, 'en')).toBe(en);
  });
});
