import { pageOfMailLink } from './mail-link-target';

describe('links in mails open the page they are about', () => {
  const open = (rest: string, query = '') => pageOfMailLink(rest, new URLSearchParams(query));

  it('opens the measure, keeping the period the mail is about', () => {
    expect(open('measures/abc', 'period=Q2')).toBe('/measures/abc?period=Q2');
    expect(open('measures/abc')).toBe('/measures/abc');
  });

  it('opens a round report, the dashboard, and otherwise the tasks', () => {
    expect(open('reports/r-1')).toBe('/reports?report=r-1');
    expect(open('dashboard')).toBe('/dashboard');
    expect(open('inbox')).toBe('/');
    expect(open('fiscal-years/2570/rounds/Q1')).toBe('/');
  });
});
