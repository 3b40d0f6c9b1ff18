import type { ReportContent } from '../../api/types';

/** One evidence row of the form: a link (title + url) or an uploaded file (fileId). */
export interface EvidenceRow {
  /** Only for React's list keys; never sent. */
  key: string;
  title: string;
  url: string;
  fileId?: string;
}

/** What the report form holds while someone types: numbers and dates as the inputs give them. */
export interface ReportForm {
  done: string;
  results: string;
  outcome: string;
  completion: string;
  publishedOn: string;
  evidence: EvidenceRow[];
}

/** The content as the API takes it: an uploaded file is named by its id only. */
export interface ReportContentInput {
  done: string;
  results: string;
  outcome: string;
  completion: number;
  evidence: { title: string; url?: string; fileId?: string }[];
  publishedOn: string | null;
}

export type FormField = 'done' | 'results' | 'outcome' | 'completion' | 'publishedOn' | 'evidence';

/** A local problem with the form, by field (the evidence ones as `evidence.<index>`). */
export type FormProblems = Partial<Record<FormField | `evidence.${number}`, 'required' | 'completionRange' | 'urlMissing' | 'urlInvalid'>>;

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `evidence-${Date.now().toString(36)}-${nextKey}`;
}

export function emptyForm(): ReportForm {
  return { done: '', results: '', outcome: '', completion: '', publishedOn: '', evidence: [] };
}

/** The form filled with content already written (a saved draft, a returned report, a published version). */
export function formFromContent(content: ReportContent | null | undefined): ReportForm {
  if (!content) return emptyForm();
  return {
    done: content.done ?? '',
    results: content.results ?? '',
    outcome: content.outcome ?? '',
    completion: typeof content.completion === 'number' ? String(content.completion) : '',
    publishedOn: content.publishedOn ?? '',
    evidence: (content.evidence ?? []).map((item) => ({ key: newRowKey(), title: item.title ?? '', url: item.url ?? '', ...(item.fileId ? { fileId: item.fileId } : {}) })),
  };
}

// As the API checks it (class-validator isUrl): a host with a top-level domain of two letters or more.
const WEB_ADDRESS = /^https?:\/\/([^\s/?#:.@]+\.)+([a-z\u00a1-\uffff]{2,}|xn--[a-z0-9-]+)\.?(:\d{1,5})?([/?#]\S*)?$/i;

/** A web address the API will take (http or https, with a host). */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url.trim());
}

/** 0–100 as a whole number, or null when the field says something else. */
export function completionOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/**
 * The content to send. A draft leaves out the links still being typed (no usable address yet), so
 * saving as you type never trips over them; they stay in the form and in the browser's copy.
 */
export function contentOf(form: ReportForm, purpose: 'draft' | 'submit'): ReportContentInput {
  const evidence = form.evidence.flatMap((row): ReportContentInput['evidence'] => {
    if (row.fileId) return [{ title: row.title.trim(), fileId: row.fileId }];
    if (purpose === 'draft' && !isWebAddress(row.url)) return [];
    if (purpose === 'submit' && row.url.trim() === '' && row.title.trim() === '') return [];
    return [{ title: row.title.trim(), url: row.url.trim() }];
  });
  return {
    done: form.done,
    results: form.results,
    outcome: form.outcome,
    completion: completionOf(form.completion) ?? 0,
    evidence,
    publishedOn: form.publishedOn === '' ? null : form.publishedOn,
  };
}

/** What stops saving a draft: only a completion that is not 0–100 (an empty one counts as 0). */
export function draftProblems(form: ReportForm): FormProblems {
  return form.completion.trim() !== '' && completionOf(form.completion) === null ? { completion: 'completionRange' } : {};
}

/** What must be right before the report is sent. */
export function submitProblems(form: ReportForm): FormProblems {
  const problems: FormProblems = {};
  if (form.done.trim() === '') problems.done = 'required';
  if (completionOf(form.completion) === null) problems.completion = form.completion.trim() === '' ? 'required' : 'completionRange';
  form.evidence.forEach((row, index) => {
    if (row.fileId) return;
    if (row.url.trim() === '' && row.title.trim() !== '') problems[`evidence.${index}`] = 'urlMissing';
    else if (row.url.trim() !== '' && !isWebAddress(row.url)) problems[`evidence.${index}`] = 'urlInvalid';
  });
  return problems;
}

/** The same words, numbers and evidence (the keys of rows do not count). */
export function sameForm(a: ReportForm, b: ReportForm): boolean {
  return formSignature(a) === formSignature(b);
}

export function formSignature(form: ReportForm): string {
  return JSON.stringify({ ...form, evidence: form.evidence.map(({ title, url, fileId }) => ({ title, url, fileId: fileId ?? null })) });
}

/** The official table's summary column: what was done, then its results (as the round report compiles it). */
export function summaryText(form: Pick<ReportForm, 'done' | 'results'>): string {
  return [form.done, form.results]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}
