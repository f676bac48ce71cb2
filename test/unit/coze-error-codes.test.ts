import { describe, expect, it } from 'vitest';
import { REFERENCE_PAGES } from '../../catalog/pages/references';
import { COZE_ERROR_CODE_ROWS } from '../../catalog/pages/references/coze-error-code-rows';
import { COZE_CODE_OF } from '../../lib/api-error';
import { CozeCode, cozeStatusOf } from '../../lib/coze-error-codes';
import { cozeErrorMeaning } from '../../lib/coze-error-meaning';

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

  it('reads the one table, the one the error-code page shows: meaning, then what to do', () => {
    const page = REFERENCE_PAGES.find((candidate) => candidate.id === 'coze-error-codes')!;
    const section = page.sections.find((candidate) => candidate.kind === 'error-codes');
    expect(section?.kind === 'error-codes' && section.codes).toBe(COZE_ERROR_CODE_ROWS);
    const row = COZE_ERROR_CODE_ROWS.find((candidate) => candidate.code === 4015)!;
    expect(cozeErrorMeaning(4015)).toBe(`${row.meaning} ${row.fix}`);
  });

  it('has a row for every code the playground answers with itself', () => {
    const codes = [...Object.values(CozeCode), ...Object.values(COZE_CODE_OF)];
    for (const code of codes) expect(cozeErrorMeaning(code), String(code)).toBeDefined();
  });
});

describe('cozeStatusOf', () => {
  it('reads code and msg of a Coze envelope', () => {
    expect(cozeStatusOf({ code: 4100, msg: 'authentication is invalid' })).toEqual({
      code: 4100,
      msg: 'authentication is invalid',
    });
  });

  it('reads a success envelope', () => {
    expect(cozeStatusOf({ code: 0, msg: '', data: {} })).toEqual({ code: 0, msg: '' });
  });

  it('finds no status in bodies without a numeric code', () => {
    expect(cozeStatusOf({ error: { code: 'not_found', message: 'x' } })).toBeUndefined();
    expect(cozeStatusOf('text')).toBeUndefined();
    expect(cozeStatusOf(null)).toBeUndefined();
  });
});
