import { describe, expect, it } from '@jest/globals';
import type { Person } from '../../../api/types';
import { filterPeople, needsDivision, NO_FILTER } from './people-filter';

const person = (changes: Partial<Person>): Person => ({
  id: 'p',
  email: 'p@example.go.th',
  displayName: 'สมชาย ใจดี',
  position: 'นักวิชาการเงินและบัญชี',
  role: 'officer',
  organizationId: 'o',
  divisionId: 'finance',
  province: null,
  mustChangePassword: false,
  active: true,
  language: 'th',
  mailPreference: 'immediate',
  ...changes,
});

describe('filterPeople', () => {
  const people = [
    person({ id: '1' }),
    person({ id: '2', role: 'division_head', displayName: 'สมหญิง รักงาน', position: 'ผู้อำนวยการกองช่าง', divisionId: 'engineering' }),
    person({ id: '3', role: 'executive', displayName: 'นายกสมศักดิ์', position: 'นายก อบต.', divisionId: null, active: false, email: 'mayor@example.go.th' }),
  ];
  const ids = (filter: Partial<typeof NO_FILTER>) => filterPeople(people, { ...NO_FILTER, ...filter }).map((p) => p.id);

  it('shows everyone without a filter', () => expect(ids({})).toEqual(['1', '2', '3']));
  it('filters by role, division and whether the account is in use', () => {
    expect(ids({ role: 'division_head' })).toEqual(['2']);
    expect(ids({ divisionId: 'finance' })).toEqual(['1']);
    expect(ids({ active: 'inactive' })).toEqual(['3']);
    expect(ids({ active: 'active', role: 'officer' })).toEqual(['1']);
  });
  it('finds by name, email or position', () => {
    expect(ids({ search: 'สมหญิง' })).toEqual(['2']);
    expect(ids({ search: 'MAYOR@' })).toEqual(['3']);
    expect(ids({ search: 'กองช่าง' })).toEqual(['2']);
  });
});

describe('needsDivision', () => {
  it('is true for division heads and officers only', () => {
    expect(['admin', 'executive', 'division_head', 'officer', ''].map((role) => needsDivision(role as never))).toEqual([false, false, true, true, false]);
  });
});
