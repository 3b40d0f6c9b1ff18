import type { QueryClient, QueryKey } from '@tanstack/react-query';

export interface Holiday {
  id: string;
  date: string;
  nameTh: string;
  nameEn: string;
}

export interface Delegation {
  id: string;
  delegatorPersonId: string;
  delegatePersonId: string;
  startsOn: string;
  endsOn: string;
}

/** Query keys of what only the administration area reads (the organisation's divisions, people and fiscal years: api/organization-data). */
export const adminKeys = {
  holidays: (org: string, yearBe: number) => ['admin', 'holidays', org, yearBe] as const,
  policy: (org: string, yearBe: number) => ['admin', 'policy', org, yearBe] as const,
  delegations: (org: string) => ['admin', 'delegations', org] as const,
};

/**
 * After a change here, other pages' copies of the same things (their own query keys) are stale
 * too: mark everything of the organisation for reloading by name.
 */
export async function refreshEverywhere(queries: QueryClient, ...names: string[]): Promise<void> {
  await Promise.all(
    names.map((name) =>
      queries.invalidateQueries({ predicate: (query) => query.queryKey.includes(name) }),
    ),
  );
}

/** Takes a deleted item out of a list kept in the cache at once, before the reload confirms it. */
export function dropFromList<T extends { id: string }>(queries: QueryClient, key: QueryKey, deleted: T): void {
  queries.setQueryData<T[]>(key, (list) => list?.filter((item) => item.id !== deleted.id));
}

/** Puts a saved item in its place in a list kept in the cache, before the reload confirms it. */
export function replaceInList<T extends { id: string }>(queries: QueryClient, key: QueryKey, saved: T): void {
  queries.setQueryData<T[]>(key, (list) => list?.map((item) => (item.id === saved.id ? saved : item)));
}
