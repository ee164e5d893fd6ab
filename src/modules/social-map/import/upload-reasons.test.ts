import { describe, expect, it } from 'vitest';
import { reasonIn } from './upload-reasons.ts';

describe('reasons of refused records in the caller language', () => {
  it('says known engine explanations in Dutch, keeping the values they quote', () => {
    expect(reasonIn('nl', 'is required')).toBe('ontbreekt; dit veld is verplicht');
    expect(reasonIn('nl', 'must be at least 0')).toBe('moet minstens 0 zijn');
    expect(reasonIn('nl', '"open" is not one of: active, inactive')).toBe(
      '"open" kan niet; kies uit: active, inactive',
    );
    expect(
      reasonIn(
        'nl',
        'refers to organization 5b1e…, which is neither in the import nor on the map; left empty',
      ),
    ).toBe(
      'verwijst naar organization 5b1e…, maar dat staat niet in de import en niet op de kaart; leeg gelaten',
    );
    expect(reasonIn('nl', '100 lies outside -90…90; left empty')).toBe(
      '100 ligt buiten -90…90; leeg gelaten',
    );
  });

  it('leaves English and unknown explanations as they are', () => {
    expect(reasonIn('en', 'is required')).toBe('is required');
    expect(reasonIn('nl', 'duplicate key value violates unique constraint')).toBe(
      'duplicate key value violates unique constraint',
    );
  });
});
