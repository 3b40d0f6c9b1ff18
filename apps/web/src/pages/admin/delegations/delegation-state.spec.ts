import { describe, expect, it } from '@jest/globals';
import { delegationState } from './delegation-state';

describe('delegationState', () => {
  const delegation = { startsOn: '2026-12-01', endsOn: '2026-12-15' };
  it('is upcoming before the first day, active through the last, ended after', () => {
    expect(delegationState(delegation, '2026-11-30')).toBe('upcoming');
    expect(delegationState(delegation, '2026-12-01')).toBe('active');
    expect(delegationState(delegation, '2026-12-15')).toBe('active');
    expect(delegationState(delegation, '2026-12-16')).toBe('ended');
  });
});
