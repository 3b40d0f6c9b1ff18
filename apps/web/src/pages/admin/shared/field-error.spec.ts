import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../../api/client';
import { fieldError, namesAnyField } from './field-error';

describe('fieldError', () => {
  const error = new ApiError(400, 'invalid input: name', 'ข้อมูลไม่ถูกต้อง: name', [
    { field: 'name', message: 'name should not be empty', messageTh: 'name: ต้องระบุ' },
    { field: 'escalationDaysAfter.1', message: 'each value must not be greater than 120', messageTh: 'escalationDaysAfter.1: ต้องไม่มากกว่า 120' },
  ]);

  it('drops the code name the validator puts before its Thai message', () => {
    expect(fieldError(error, 'name', 'th')).toBe('ต้องระบุ');
    expect(fieldError(error, 'escalationDaysAfter', 'th')).toBe('ต้องไม่มากกว่า 120');
  });

  it('keeps a message written for people as it is', () => {
    const conflict = new ApiError(409, 'there is already a division "กองคลัง"', 'มีกอง "กองคลัง" อยู่แล้ว', [
      { field: 'name', message: 'there is already a division "กองคลัง"', messageTh: 'มีกอง "กองคลัง" อยู่แล้ว' },
    ]);
    expect(fieldError(conflict, 'name', 'th')).toBe('มีกอง "กองคลัง" อยู่แล้ว');
    expect(fieldError(conflict, 'name', 'en')).toBe('there is already a division "กองคลัง"');
  });

  it('says nothing about other fields or other errors', () => {
    expect(fieldError(error, 'phone', 'th')).toBeUndefined();
    expect(fieldError(new Error('boom'), 'name', 'th')).toBeUndefined();
  });

  it('tells whether a form field was named', () => {
    expect(namesAnyField(error, ['name', 'sortOrder'])).toBe(true);
    expect(namesAnyField(error, ['sortOrder'])).toBe(false);
    expect(namesAnyField(null, ['name'])).toBe(false);
  });
});
