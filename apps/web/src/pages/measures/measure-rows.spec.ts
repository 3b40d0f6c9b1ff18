import { describe, expect, it } from '@jest/globals';
import type { LifecycleReportSnapshot } from '../../api/types';
import { aLifecycle, aMeasure, aReport, ownersOf } from '../../test-support/fixtures';
import { currentReport, filterRows, isOverdue, measureRows } from './measure-rows';

const report = (periodKey: string, dueDate: string, status: LifecycleReportSnapshot['status']) => aReport(periodKey, status, { dueDate });

describe('currentReport', () => {
  it('is the earliest opened period not yet published', () => {
    const reports = [report('Q2', '2027-04-15', 'open'), report('Q1', '2027-01-15', 'submitted'), report('Q3', '2027-07-15', 'not_open')];
    expect(currentReport(reports)?.periodKey).toBe('Q1');
  });

  it('is the latest opened one when everything opened is published', () => {
    const reports = [report('Q1', '2027-01-15', 'signed_off'), report('Q2', '2027-04-15', 'signed_off'), report('Q3', '2027-07-15', 'not_open')];
    expect(currentReport(reports)?.periodKey).toBe('Q2');
  });

  it('is none while no period has opened', () => {
    expect(currentReport([report('Q1', '2027-01-15', 'not_open')])).toBeNull();
  });
});

describe('isOverdue', () => {
  it('counts only reports still with their owners after the due day', () => {
    expect(isOverdue(report('Q1', '2027-01-15', 'open'), '2027-01-16')).toBe(true);
    expect(isOverdue(report('Q1', '2027-01-15', 'returned'), '2027-01-16')).toBe(true);
    expect(isOverdue(report('Q1', '2027-01-15', 'open'), '2027-01-15')).toBe(false);
    expect(isOverdue(report('Q1', '2027-01-15', 'submitted'), '2027-02-01')).toBe(false);
  });
});

describe('measureRows and filterRows', () => {
  const measures = [
    aMeasure({ id: 'b', no: 2, title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ', owners: ownersOf(['engineering']), status: 'draft' }),
    aMeasure({ id: 'a', no: 1, title: 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', owners: ownersOf(['finance']), status: 'draft' }),
    aMeasure({ id: 'c', no: 3, title: 'มาตรการประมวลจริยธรรม', allDivisions: true, status: 'draft' }),
  ];
  const rows = measureRows(measures, [aLifecycle('a', [report('Q1', '2027-01-15', 'open')], { status: 'in_progress' })], '2027-01-20');

  it('keeps the plan order, takes the lifecycle status and flags the overdue report', () => {
    expect(rows.map((row) => row.measure.no)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({ status: 'in_progress', overdue: true });
    expect(rows[0].current?.periodKey).toBe('Q1');
    expect(rows[1]).toMatchObject({ status: 'draft', current: null, overdue: false });
  });

  it('filters by division (all-divisions measures always match), status and text', () => {
    expect(filterRows(rows, { divisionId: 'finance', status: '', text: '' }).map((row) => row.measure.id)).toEqual(['a', 'c']);
    expect(filterRows(rows, { divisionId: '', status: 'draft', text: '' }).map((row) => row.measure.id)).toEqual(['b', 'c']);
    expect(filterRows(rows, { divisionId: '', status: '', text: 'ทรัพย์สิน' }).map((row) => row.measure.id)).toEqual(['b']);
    expect(filterRows(rows, { divisionId: '', status: '', text: '3' }).map((row) => row.measure.id)).toEqual(['c']);
  });
});
