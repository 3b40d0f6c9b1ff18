import { describe, expect, it } from '@jest/globals';
import type { LifecycleEvent } from '../../api/types';
import { anEvent } from '../../test-support/fixtures';
import { eventComment, timelineEntries } from './timeline-entries';

const event = (at: string, action: string, actorPersonId: string | null, extra: Partial<LifecycleEvent> = {}) => anEvent(action, { at, actorPersonId, ...extra });

describe('timelineEntries', () => {
  it('lists the newest first and folds a run of draft saves by one person on one period', () => {
    const entries = timelineEntries([
      event('t1', 'periodOpened', null, { periodKey: 'Q1' }),
      event('t2', 'saveReportDraft', 'officer', { periodKey: 'Q1' }),
      event('t3', 'saveReportDraft', 'officer', { periodKey: 'Q1' }),
      event('t4', 'saveReportDraft', 'officer', { periodKey: 'Q1' }),
      event('t5', 'saveReportDraft', 'head', { periodKey: 'Q1' }),
      event('t6', 'submitReport', 'head', { periodKey: 'Q1' }),
    ]);
    expect(entries.map((entry) => [entry.event.action, entry.event.at, entry.count, entry.firstAt])).toEqual([
      ['submitReport', 't6', 1, 't6'],
      ['saveReportDraft', 't5', 1, 't5'],
      ['saveReportDraft', 't4', 3, 't2'],
      ['periodOpened', 't1', 1, 't1'],
    ]);
  });
});

describe('timelineEntries of folded draft saves', () => {
  it('counts a run the lifecycle folded into one event, and joins it to saves recorded one by one', () => {
    const entries = timelineEntries([
      event('t2', 'saveReportDraft', 'officer', { periodKey: 'Q1' }),
      event('t9', 'saveReportDraft', 'officer', { periodKey: 'Q1', repeated: { count: 7, firstAt: 't3' } }),
    ]);
    expect(entries.map((entry) => [entry.event.at, entry.count, entry.firstAt])).toEqual([['t9', 8, 't2']]);
    expect(timelineEntries([event('t9', 'saveReportDraft', 'officer', { repeated: { count: 7, firstAt: 't3' } })]).map((entry) => [entry.count, entry.firstAt])).toEqual([[7, 't3']]);
  });
});

describe('eventComment', () => {
  const names: Record<string, string> = { d1: 'กองคลัง', d2: 'กองช่าง' };
  const name = (id: string) => names[id] ?? null;

  it('names the divisions of an acknowledgement and a reassignment', () => {
    expect(eventComment(event('t', 'acknowledgeAssignment', 'h', { comment: 'd1' }), name)).toBe('กองคลัง');
    expect(eventComment(event('t', 'reassign', 'a', { comment: 'd1 → d2' }), name)).toBe('กองคลัง → กองช่าง');
  });

  it('keeps other comments as written', () => {
    expect(eventComment(event('t', 'returnReport', 'a', { comment: 'เพิ่มหลักฐาน' }), name)).toBe('เพิ่มหลักฐาน');
    expect(eventComment(event('t', 'submitReport', 'a'), name)).toBeNull();
  });
});
