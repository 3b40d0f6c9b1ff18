import { describe, expect, it } from '@jest/globals';
import { completionOf, contentOf, draftProblems, formFromContent, isWebAddress, sameForm, submitProblems, summaryText, type ReportForm } from './report-content';

const form = (extra: Partial<ReportForm> = {}): ReportForm => ({ done: 'จัดทำรายงาน', results: '', outcome: '', completion: '50', publishedOn: '', evidence: [], ...extra });

describe('completionOf', () => {
  it('takes whole numbers 0–100 only', () => {
    expect(completionOf('0')).toBe(0);
    expect(completionOf(' 100 ')).toBe(100);
    expect(completionOf('101')).toBeNull();
    expect(completionOf('12.5')).toBeNull();
    expect(completionOf('')).toBeNull();
  });
});

describe('isWebAddress', () => {
  it('wants http(s) and a host with a dot', () => {
    expect(isWebAddress('https://example.go.th/news/1')).toBe(true);
    expect(isWebAddress('http://www.samai.go.th')).toBe(true);
    expect(isWebAddress('www.samai.go.th')).toBe(false);
    expect(isWebAddress('https://')).toBe(false);
    expect(isWebAddress('https://samai')).toBe(false);
    expect(isWebAddress('https://example.c')).toBe(false);
    expect(isWebAddress('https://อบต.ไทย/ข่าว')).toBe(true);
    expect(isWebAddress('https://example.go.th:8443/a?b=1')).toBe(true);
  });
});

describe('contentOf', () => {
  const evidence = [
    { key: 'a', title: 'ประกาศ', url: 'https://example.go.th/a' },
    { key: 'b', title: 'กำลังพิมพ์', url: 'https://exa' },
    { key: 'c', title: 'รายงาน.pdf', url: '/api/orgs/x/evidence/1', fileId: '1' },
  ];

  it('sends a file by its id only and leaves half-typed links out of a draft', () => {
    expect(contentOf(form({ evidence, completion: '', publishedOn: '2026-11-01' }), 'draft')).toEqual({
      done: 'จัดทำรายงาน',
      results: '',
      outcome: '',
      completion: 0,
      publishedOn: '2026-11-01',
      evidence: [
        { title: 'ประกาศ', url: 'https://example.go.th/a' },
        { title: 'รายงาน.pdf', fileId: '1' },
      ],
    });
  });

  it('sends every link on submission (the API names a bad one) but drops empty rows', () => {
    const content = contentOf(form({ evidence: [...evidence, { key: 'd', title: '', url: '' }] }), 'submit');
    expect(content.evidence).toHaveLength(3);
    expect(content.publishedOn).toBeNull();
  });
});

describe('problems', () => {
  it('stops a draft only for a completion out of range', () => {
    expect(draftProblems(form({ done: '', completion: '' }))).toEqual({});
    expect(draftProblems(form({ completion: '150' }))).toEqual({ completion: 'completionRange' });
  });

  it('asks for what was done, the completion and an address for each link before sending', () => {
    expect(submitProblems(form({ done: ' ', completion: '', evidence: [{ key: 'a', title: 'ภาพกิจกรรม', url: '' }, { key: 'b', title: '', url: 'ftp://x' }] }))).toEqual({
      done: 'required',
      completion: 'required',
      'evidence.0': 'urlMissing',
      'evidence.1': 'urlInvalid',
    });
    expect(submitProblems(form())).toEqual({});
  });
});

describe('formFromContent and sameForm', () => {
  it('round-trips content and ignores the rows’ keys', () => {
    const content = { done: 'ก', results: 'ข', outcome: 'ค', completion: 80, evidence: [{ title: 't', url: 'https://a.go.th' }], publishedOn: null };
    const a = formFromContent(content);
    const b = formFromContent(content);
    expect(a).toMatchObject({ done: 'ก', completion: '80', publishedOn: '' });
    expect(a.evidence[0].key).not.toBe(b.evidence[0].key);
    expect(sameForm(a, b)).toBe(true);
    expect(sameForm(a, { ...b, outcome: 'ง' })).toBe(false);
    expect(formFromContent(null)).toEqual({ done: '', results: '', outcome: '', completion: '', publishedOn: '', evidence: [] });
  });
});

describe('summaryText', () => {
  it('is what was done, then its results, on lines of their own', () => {
    expect(summaryText({ done: ' จัดประชุม ', results: 'ผู้เข้าร่วม 30 คน' })).toBe('จัดประชุม\nผู้เข้าร่วม 30 คน');
    expect(summaryText({ done: '', results: 'ผล' })).toBe('ผล');
  });
});
