import { describe, expect, it } from '@jest/globals';
import { clearLocalDraft, localDraftKey, readLocalDraft, writeLocalDraft } from './local-draft';
import { emptyForm } from './report-content';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('local draft', () => {
  it('is kept per organisation, measure and period', () => {
    expect(localDraftKey('สมัย', 'm1', 'Q1')).toBe('prongsai.reportDraft/สมัย/m1/Q1');
    expect(localDraftKey('สมัย', 'm1', 'Q1')).not.toBe(localDraftKey('สมัย', 'm1', 'Q2'));
  });

  it('writes, reads back and clears a copy', () => {
    const store = memoryStorage();
    const form = { ...emptyForm(), done: 'ร่าง', evidence: [{ key: 'k', title: 'ลิงก์', url: 'https://a.go.th' }] };
    writeLocalDraft('k1', form, '2026-11-30T03:00:00Z', store);
    expect(readLocalDraft('k1', store)).toEqual({ form, at: '2026-11-30T03:00:00Z' });
    clearLocalDraft('k1', store);
    expect(readLocalDraft('k1', store)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const store = memoryStorage();
    store.setItem('bad', '{not json');
    store.setItem('odd', JSON.stringify({ form: { done: 1 }, at: 'x' }));
    expect(readLocalDraft('bad', store)).toBeNull();
    expect(readLocalDraft('odd', store)).toBeNull();
    expect(readLocalDraft('none', store)).toBeNull();
  });
});
