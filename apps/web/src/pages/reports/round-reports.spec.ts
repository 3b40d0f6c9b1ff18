import { describe, expect, it } from '@jest/globals';
import { formatSize, groupByRound, isReady, pendingVersionOf, roundEnd, roundsOf, sortedFiles, suggestedRound, type RoundReport } from './round-reports';

function report(round: RoundReport['round'], version: number, status: RoundReport['status'] = 'published', files = 6): RoundReport {
  return {
    id: `${round}-${version}`,
    fiscalYearBe: 2570,
    round,
    version,
    status,
    missingMeasures: [],
    comment: null,
    createdAt: '2027-01-10T03:00:00Z',
    decidedAt: null,
    decidedByPersonId: null,
    decidedOnBehalfOfPersonId: null,
    files: Array.from({ length: files }, (_, i) => ({ format: 'pdf', fileName: `f${i}`, sha256: '', sizeBytes: 1, url: '' })),
  };
}

describe('round reports', () => {
  it('offers the quarters and both rounds in a quarterly year, only the rounds in a semiannual one', () => {
    expect(roundsOf('quarterly')).toEqual(['Q1', 'Q2', 'R6', 'Q3', 'Q4', 'R12']);
    expect(roundsOf('semiannual')).toEqual(['R6', 'R12']);
  });

  it('knows when each round of a fiscal year ends', () => {
    expect(roundEnd(2570, 'Q1')).toBe('2026-12-31');
    expect(roundEnd(2570, 'R6')).toBe('2027-03-31');
    expect(roundEnd(2570, 'R12')).toBe('2027-09-30');
  });

  it('suggests the latest period that has ended, or the first one early in the year', () => {
    expect(suggestedRound(2570, 'quarterly', '2026-11-30')).toBe('Q1');
    expect(suggestedRound(2570, 'quarterly', '2027-04-02')).toBe('Q2');
    expect(suggestedRound(2570, 'semiannual', '2027-04-02')).toBe('R6');
    expect(suggestedRound(2570, 'semiannual', '2027-10-05')).toBe('R12');
  });

  it('groups versions by round in the order the rounds end, newest version first', () => {
    const groups = groupByRound([report('R12', 1), report('Q1', 1), report('Q1', 2), report('R6', 1)]);
    expect(groups.map((g) => g.round)).toEqual(['Q1', 'R6', 'R12']);
    expect(groups[0].versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('finds the version that blocks compiling a round again', () => {
    const reports = [report('Q1', 1, 'returned'), report('Q1', 2, 'awaiting_sign_off'), report('Q2', 1, 'published')];
    expect(pendingVersionOf(reports, 'Q1')?.version).toBe(2);
    expect(pendingVersionOf(reports, 'Q2')).toBeUndefined();
  });

  it('calls a version ready once compiled with its files', () => {
    expect(isReady(report('Q1', 1, 'compiling', 0))).toBe(false);
    expect(isReady(report('Q1', 1, 'awaiting_sign_off', 0))).toBe(false);
    expect(isReady(report('Q1', 1, 'awaiting_sign_off'))).toBe(true);
  });

  it('lists PDF and Word first and the data formats last', () => {
    const files = ['json', 'csv', 'html', 'xlsx', 'docx', 'pdf'].map((format) => ({ format }));
    expect(sortedFiles(files).map((f) => f.format)).toEqual(['pdf', 'docx', 'xlsx', 'html', 'csv', 'json']);
  });

  it('writes file sizes for people', () => {
    expect(formatSize(980, 'th')).toBe('980 ไบต์');
    expect(formatSize(12_800, 'en')).toBe('13 KB');
    expect(formatSize(5_000, 'en')).toBe('4.9 KB');
    expect(formatSize(1_300_000, 'en')).toBe('1.2 MB');
  });
});
