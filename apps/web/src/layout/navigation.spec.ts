import { describe, expect, it } from '@jest/globals';
import { navigationFor } from './navigation';

const paths = (...args: Parameters<typeof navigationFor>) => navigationFor(...args).map((item) => item.to);

describe('the main menu', () => {
  it("shows each role its own pages: the coordinator's review and settings, the executive's sign-off", () => {
    expect(paths('officer', true)).toEqual(['/', '/measures', '/dashboard', '/reports']);
    expect(paths('executive', true)).toEqual(['/', '/measures', '/sign-off', '/dashboard', '/reports']);
    expect(paths('admin', true)).toEqual(['/', '/measures', '/review', '/dashboard', '/reports', '/admin', '/mailbox']);
  });

  it('gives a stand-in the work of the person they act for, but not that person’s settings', () => {
    expect(paths('division_head', true, 'executive')).toContain('/sign-off');
    expect(paths('officer', true, 'admin')).toEqual(['/', '/measures', '/review', '/dashboard', '/reports']);
  });

  it('offers only the administration before the installation has an organisation', () => {
    expect(paths('system_admin', false)).toEqual(['/admin']);
  });
});
