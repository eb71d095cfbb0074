import { describe, expect, it } from 'vitest';
import { IdParam } from '../../contract/primitives';
import { HttpError } from './errors';
import { parseId } from './validate';

/* parseId checks path ids without zod (it runs on most requests): the same rule as the contract's IdParam. */
describe('parseId', () => {
  it('accepts and refuses exactly what IdParam does (refusal: 404)', () => {
    const samples = [
      '1',
      '42',
      '2147483647',
      '2147483648',
      '9999999999',
      '0',
      '01',
      '-1',
      '1.0',
      '1e3',
      ' 1',
      '1 ',
      '',
      'abc',
      '12345678901',
      '0x10',
      '+1',
      '١',
    ];
    for (const raw of samples) {
      const expected = IdParam.safeParse(raw);
      if (expected.success) expect(parseId(raw), raw).toBe(expected.data);
      else expect(() => parseId(raw), raw).toThrow(HttpError);
    }
    expect(() => parseId(undefined)).toThrow(HttpError);
    expect(() => parseId(7)).toThrow(HttpError);
  });
});
