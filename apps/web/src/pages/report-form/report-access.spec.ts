import { describe, expect, it } from '@jest/globals';
import { isReportOwner, readOnlyReason, wasReturned, willBeLate } from './report-access';

const lifecycle = { status: 'in_progress' as const, assignments: [{ divisionId: 'finance', acknowledged: true, officerIds: [] }] };
const officer = { role: 'officer' as const, divisionId: 'finance' };

describe('report access', () => {
  it('lets officers and heads of an owner division write an open, draft or returned report', () => {
    expect(isReportOwner(officer, lifecycle)).toBe(true);
    expect(isReportOwner({ role: 'officer', divisionId: 'engineering' }, lifecycle)).toBe(false);
    expect(isReportOwner({ role: 'admin', divisionId: 'finance' }, lifecycle)).toBe(false);
    for (const status of ['open', 'draft', 'returned', 'returned_by_executive'] as const) expect(readOnlyReason(officer, lifecycle, { status })).toBeNull();
  });

  it('says why a report cannot be written', () => {
    expect(readOnlyReason(officer, lifecycle, { status: 'submitted' })).toBe('submitted');
    expect(readOnlyReason(officer, lifecycle, { status: 'accepted' })).toBe('accepted');
    expect(readOnlyReason(officer, lifecycle, { status: 'signed_off' })).toBe('signed_off');
    expect(readOnlyReason(officer, lifecycle, { status: 'not_open' })).toBe('not_open');
    expect(readOnlyReason({ role: 'admin', divisionId: null }, lifecycle, { status: 'open' })).toBe('not_owner');
    expect(readOnlyReason(officer, { ...lifecycle, status: 'plan_approval' }, { status: 'open' })).toBe('measure_not_in_progress');
  });

  it('knows a returned report, also after a draft was saved since', () => {
    expect(wasReturned({ status: 'returned', lastComment: 'แก้' })).toBe(true);
    expect(wasReturned({ status: 'draft', lastComment: 'แก้' })).toBe(true);
    expect(wasReturned({ status: 'draft', lastComment: null })).toBe(false);
    expect(wasReturned({ status: 'open', lastComment: null })).toBe(false);
  });

  it('warns of lateness after the due day for a first version', () => {
    expect(willBeLate({ dueDate: '2027-01-15', version: 1, status: 'open' }, '2027-01-16')).toBe(true);
    expect(willBeLate({ dueDate: '2027-01-15', version: 1, status: 'open' }, '2027-01-15')).toBe(false);
    expect(willBeLate({ dueDate: '2027-01-15', version: 2, status: 'draft' }, '2027-02-01')).toBe(false);
  });
});
