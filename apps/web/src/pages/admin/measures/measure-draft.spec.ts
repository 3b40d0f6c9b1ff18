import { describe, expect, it } from '@jest/globals';
import { aMeasure, aStep } from '../../../test-support/fixtures';
import { bodyOf, checkDraft, draftOf, emptyDraft, emptyStep, makeLead, moveStep, parseItemCodes, toggleOwner, type MeasureDraft } from './measure-draft';

const measure = aMeasure({
  no: 3,
  title: 'มาตรการเผยแพร่ข้อมูล',
  indicatorNo: 9,
  itemCodes: ['O1', 'O42'],
  owners: [
    { divisionId: 'lead', divisionName: 'กองคลัง', role: 'lead' },
    { divisionId: 'help', divisionName: 'กองช่าง', role: 'supporting' },
  ],
  steps: [aStep({ text: 'จัดทำรายงาน', dueDate: '2026-12-31' })],
  period: { start: '2026-10-01', end: '2026-12-31', text: 'ไตรมาส ๑' },
  monitoringRule: { kind: 'semiannual', months: [10, 4] },
  expectedOutcome: 'ประชาชนเข้าถึงข้อมูล',
  status: 'draft',
});

function filled(changes: Partial<MeasureDraft> = {}): MeasureDraft {
  return { ...emptyDraft(), title: 'มาตรการ', ownerDivisionIds: ['lead'], steps: [{ ...emptyStep(), text: 'ขั้นตอนแรก' }], ...changes };
}

describe('measure draft', () => {
  it('round-trips a measure into the body the API takes', () => {
    const body = bodyOf(draftOf(measure));
    expect(body).toEqual({
      no: 3,
      title: 'มาตรการเผยแพร่ข้อมูล',
      issueToImprove: null,
      indicatorNo: 9,
      itemCodes: ['O1', 'O42'],
      steps: [{ text: 'จัดทำรายงาน', ownerDivisionId: null, dueDate: '2026-12-31' }],
      ownerDivisionIds: ['lead', 'help'],
      allDivisions: false,
      // The period as written wins: the API reads its dates again.
      periodStart: null,
      periodEnd: null,
      periodText: 'ไตรมาส ๑',
      monitoringRule: { kind: 'semiannual', months: [4, 10] },
      expectedOutcome: 'ประชาชนเข้าถึงข้อมูล',
    });
  });

  it('sends dates and no text when the period is given by dates', () => {
    const body = bodyOf(filled({ periodMode: 'dates', periodStart: '2026-10-01', periodEnd: '2027-03-31', periodText: 'เก่า' }));
    expect([body.periodStart, body.periodEnd, body.periodText]).toEqual(['2026-10-01', '2027-03-31', null]);
  });

  it('leaves the number out when blank so the API gives the next one', () => {
    expect('no' in bodyOf(filled())).toBe(false);
  });

  it('reads item codes separated by commas or spaces', () => {
    expect(parseItemCodes(' O1, O42  e3;i4 ')).toEqual(['O1', 'O42', 'e3', 'i4']);
  });

  it('names the problems by the API’s field names', () => {
    const problems = checkDraft(
      filled({
        title: ' ',
        ownerDivisionIds: [],
        itemCodes: 'O1, X9',
        steps: [{ ...emptyStep(), text: 'ok' }, { ...emptyStep(), text: '', dueDate: '2030-01-01' }],
        periodStart: '2026-10-01',
        monitoringKind: 'days_after_task',
        monitoringDays: '0',
      }),
      2570,
    );
    expect(problems).toEqual({
      title: 'required',
      itemCodes: 'itemCode',
      ownerDivisionIds: 'ownersRequired',
      'steps.1.text': 'stepText',
      'steps.1.dueDate': 'outsideYear',
      periodEnd: 'periodBoth',
      monitoringRule: 'daysRange',
    });
  });

  it('accepts all divisions instead of named owners, and a period in order', () => {
    expect(checkDraft(filled({ ownerDivisionIds: [], allDivisions: true, periodStart: '2026-10-01', periodEnd: '2027-09-30' }), 2570)).toEqual({});
    expect(checkDraft(filled({ periodStart: '2027-03-01', periodEnd: '2026-12-01' }), 2570)).toEqual({ periodEnd: 'periodOrder' });
  });

  it('moves steps up and down, not past the ends', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the lead first', () => {
    expect(toggleOwner(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleOwner(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(makeLead(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
  });
});
