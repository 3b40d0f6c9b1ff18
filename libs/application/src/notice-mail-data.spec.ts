import { appLink } from './notice-mail-data';

describe('links in mails', () => {
  const base = 'https://prongsai.samai.go.th/orgs/samai/measures/m-1';

  it('carry the period, and for a stand-in whom they stand in for, so the page opens acting for them', () => {
    expect(appLink(base, { period: 'Q1', for: null })).toBe(`${base}?period=Q1`);
    expect(appLink(base, { period: 'step-2', for: 'p-mayor' })).toBe(`${base}?period=step-2&for=p-mayor`);
    expect(appLink(base, { for: 'p-mayor' })).toBe(`${base}?for=p-mayor`);
  });

  it('stay bare when there is nothing to add', () => {
    expect(appLink(base, { period: null, for: undefined })).toBe(base);
  });
});
