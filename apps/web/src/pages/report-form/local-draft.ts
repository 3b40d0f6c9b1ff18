import type { ReportForm } from './report-content';

/**
 * A copy of the report being typed, kept in this browser until the server has it: a lost
 * connection or a closed tab never loses what someone wrote.
 */
export interface LocalDraft {
  form: ReportForm;
  /** ISO instant the copy was written. */
  at: string;
}

/** One copy per organisation, measure and period. */
export function localDraftKey(orgCode: string, measureId: string, periodKey: string): string {
  return `prongsai.reportDraft/${orgCode}/${measureId}/${periodKey}`;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readLocalDraft(key: string, store: Storage | null = storage()): LocalDraft | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    const form = parsed.form;
    if (!form || typeof form.done !== 'string' || !Array.isArray(form.evidence) || typeof parsed.at !== 'string') return null;
    return { form: { ...form, evidence: form.evidence.map((row, index) => ({ ...row, key: row.key || `restored-${index}` })) }, at: parsed.at };
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, form: ReportForm, at: string, store: Storage | null = storage()): void {
  try {
    store?.setItem(key, JSON.stringify({ form, at } satisfies LocalDraft));
  } catch {
    // Full or private storage: the form itself still holds the text.
  }
}

export function clearLocalDraft(key: string, store: Storage | null = storage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // nothing kept, nothing to clear
  }
}
