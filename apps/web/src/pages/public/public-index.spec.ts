import { describe, expect, it } from '@jest/globals';
import { measuresWithResults, newestFirst, resultsByPeriod, type PublicFiscalYear, type PublicResult } from './public-index';

const result = (periodKey: string | null, version: number, summary = 'ทำแล้ว'): PublicResult => ({ periodKey, version, summary, outcome: '', signedOffAt: '2027-01-20T03:00:00Z' });
const year = (yearBe: number, measures: PublicFiscalYear['measures'] = []): PublicFiscalYear => ({ yearBe, archived: false, measures, reports: [], archive: [] });

describe('public index', () => {
  it('orders periods as the year runs and keeps a correction with the version it replaced', () => {
    const periods = resultsByPeriod([result('Q2', 1), result('Q1', 1), result('Q1', 2), result('step-10', 1), result('step-2', 1)]);
    expect(periods.map((p) => p.periodKey)).toEqual(['Q1', 'Q2', 'step-2', 'step-10']);
    expect(periods[0].current.version).toBe(2);
    expect(periods[0].earlier.map((r) => r.version)).toEqual([1]);
    expect(periods[1].earlier).toEqual([]);
  });

  it('shows the one result of an archived year, which has no period', () => {
    const periods = resultsByPeriod([{ periodKey: null, summary: 'สรุป', outcome: 'ผล', signedOffAt: null }]);
    expect(periods).toHaveLength(1);
    expect(periods[0].current.summary).toBe('สรุป');
  });

  it('puts the newest fiscal year first', () => {
    expect(newestFirst([year(2568), year(2570), year(2569)]).map((y) => y.yearBe)).toEqual([2570, 2569, 2568]);
  });

  it('counts the measures that have something published', () => {
    const y = year(2570, [
      { no: 1, title: 'ก', status: 'in_progress', results: [result('Q1', 1)] },
      { no: 2, title: 'ข', status: 'in_progress', results: [] },
      { no: 3, title: 'ค', status: 'completed', results: [{ periodKey: null, summary: ' ', outcome: '', signedOffAt: null }] },
    ]);
    expect(measuresWithResults(y)).toBe(1);
  });
});
