import { describe, expect, it } from '@jest/globals';
import type { Division } from '../../../api/types';
import { inOrder, moveDivision, nextSortOrder } from './division-order';

const division = (id: string, name: string, sortOrder: number): Division => ({ id, name, sortOrder, headPersonId: null });

describe('division order', () => {
  it('lists by order number, then by name', () => {
    const list = [division('c', 'กองช่าง', 0), division('a', 'สำนักปลัด', 1), division('b', 'กองคลัง', 0)];
    expect(inOrder(list).map((d) => d.id)).toEqual(['b', 'c', 'a']);
  });

  it('numbers everyone when all still share 0, so a move sticks', () => {
    const list = [division('a', 'กองคลัง', 0), division('b', 'กองช่าง', 0), division('c', 'สำนักปลัด', 0)];
    expect(moveDivision(list, 'c', -1)).toEqual([
      { id: 'a', sortOrder: 1 },
      { id: 'c', sortOrder: 2 },
      { id: 'b', sortOrder: 3 },
    ]);
  });

  it('saves only the two that swap when the numbers are already 1, 2, 3', () => {
    const list = [division('a', 'ก', 1), division('b', 'ข', 2), division('c', 'ค', 3)];
    expect(moveDivision(list, 'a', 1)).toEqual([
      { id: 'b', sortOrder: 1 },
      { id: 'a', sortOrder: 2 },
    ]);
  });

  it('does nothing past either end or for an unknown division', () => {
    const list = [division('a', 'ก', 1), division('b', 'ข', 2)];
    expect(moveDivision(list, 'a', -1)).toEqual([]);
    expect(moveDivision(list, 'b', 1)).toEqual([]);
    expect(moveDivision(list, 'z', 1)).toEqual([]);
  });

  it('puts a new division last', () => {
    expect(nextSortOrder([])).toBe(1);
    expect(nextSortOrder([division('a', 'ก', 4), division('b', 'ข', 2)])).toBe(5);
  });
});
