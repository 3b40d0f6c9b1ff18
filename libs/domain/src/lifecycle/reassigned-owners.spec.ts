import { ownerReplacements } from './reassigned-owners';

describe('owners after a reassignment', () => {
  it('puts the new division in the place of the one it took over from', () => {
    expect(ownerReplacements(['engineering', 'palad'], ['finance', 'palad'])).toEqual([['engineering', 'finance']]);
  });

  it('changes nothing when the owners already are the assigned divisions', () => {
    expect(ownerReplacements(['finance', 'palad'], ['palad', 'finance'])).toEqual([]);
  });

  it('follows a chain of reassignments to where the measure is now', () => {
    expect(ownerReplacements(['engineering'], ['education'])).toEqual([['engineering', 'education']]);
  });

  it('never removes an owner without someone taking its place', () => {
    expect(ownerReplacements(['engineering', 'palad'], ['palad'])).toEqual([]);
  });
});
