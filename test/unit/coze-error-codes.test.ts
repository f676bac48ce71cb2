import { describe, expect, it } from 'vitest';
import { cozeErrorMeaning, cozeStatusOf } from '../../lib/coze-error-codes';

describe('cozeErrorMeaning', () => {
  it.each([0, 4000, 4013, 4015, 4016, 4100, 4101, 4200, 5000, 700012006, 702242003, 720702204])(
    'explains code %i',
    (code) => {
      expect(cozeErrorMeaning(code)).toMatch(/\w+/);
    },
  );

  it('says nothing about a code it does not know', () => {
    expect(cozeErrorMeaning(1234)).toBeUndefined();
  });
});

describe('cozeStatusOf', () => {
  it('reads code and msg of a Coze envelope with the meaning', () => {
    expect(cozeStatusOf({ code: 4100, msg: 'authentication is invalid' })).toEqual({
      code: 4100,
      msg: 'authentication is invalid',
      meaning: expect.stringContaining('region'),
    });
  });

  it('reads a success envelope', () => {
    expect(cozeStatusOf({ code: 0, msg: '', data: {} })).toEqual({ code: 0, msg: '', meaning: 'Success.' });
  });

  it('finds no status in bodies without a numeric code', () => {
    expect(cozeStatusOf({ error: { code: 'not_found', message: 'x' } })).toBeUndefined();
    expect(cozeStatusOf('text')).toBeUndefined();
    expect(cozeStatusOf(null)).toBeUndefined();
  });
});
