import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/client';
import { allShownBesideFields, fieldProblem } from './api-field';

const invalid = (fields: string[]) =>
  new ApiError(
    400,
    `invalid input: ${fields.join(', ')}`,
    `ข้อมูลไม่ถูกต้อง: ${fields.join(', ')}`,
    fields.map((field) => ({ field, message: `${field.split('.').at(-1)} must be a URL address`, messageTh: `${field}: ต้องเป็นที่อยู่เว็บ (URL)` })),
  );

describe('fieldProblem', () => {
  it('gives the problem of a field (or of a part of it) without its path', () => {
    const error = invalid(['content.evidence.0.url']);
    expect(fieldProblem(error, 'content.evidence.0', 'th')).toBe('ต้องเป็นที่อยู่เว็บ (URL)');
    expect(fieldProblem(error, 'content.evidence.0', 'en')).toBe('url must be a URL address');
    expect(fieldProblem(error, 'content.done', 'th')).toBeUndefined();
    expect(fieldProblem(new Error('x'), 'content.done', 'th')).toBeUndefined();
  });
});

describe('allShownBesideFields', () => {
  it('is true only when every problem has a field of the form', () => {
    expect(allShownBesideFields(invalid(['content.evidence.0.url', 'content.completion']))).toBe(true);
    expect(allShownBesideFields(invalid(['periodKey']))).toBe(false);
    expect(allShownBesideFields(new ApiError(403, 'no', 'ไม่ได้'))).toBe(false);
  });
});
