import { describe, expect, it } from '@jest/globals';
import { countTicks } from './chart-ticks';

describe('chart ticks', () => {
  it('counts in whole reports and always reaches the tallest bar', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(23).at(-1)).toBeGreaterThanOrEqual(23);
  });
});
