import { useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { api, orgPath } from '../../../api/client';
import type { Division, Page, Person } from '../../../api/types';

export type Cadence = 'quarterly' | 'semiannual';

/** A fiscal year as GET /api/orgs/{org}/fiscal-years answers it. */
export interface FiscalYear {
  yearBe: number;
  cadence: Cadence;
  archived: boolean;
  start: string;
  end: string;
  periods: { key: string; start: string; end: string }[];
}

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

/** Query keys of the administration area (kept apart from other pages', which may shape the same data differently). */
export const adminKeys = {
  divisions: (org: string) => ['admin', 'divisions', org] as const,
  people: (org: string) => ['admin', 'people', org] as const,
  fiscalYears: (org: string) => ['admin', 'fiscal-years', org] as const,
  holidays: (org: string, yearBe: number) => ['admin', 'holidays', org, yearBe] as const,
  policy: (org: string, yearBe: number) => ['admin', 'policy', org, yearBe] as const,
  delegations: (org: string) => ['admin', 'delegations', org] as const,
};

const PAGE_SIZE = 200;

/** Every person of the organisation (the API pages its list at 200 at most). */
async function allPeople(org: string): Promise<Person[]> {
  const people: Person[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await api<Page<Person>>('GET', `${orgPath(org)}/people?page=${page}&pageSize=${PAGE_SIZE}`);
    people.push(...answer.items);
    if (people.length >= answer.total || answer.items.length === 0) return people;
  }
}

export function useDivisions(org: string) {
  return useQuery({ queryKey: adminKeys.divisions(org), queryFn: () => api<Division[]>('GET', `${orgPath(org)}/divisions`) });
}

export function usePeople(org: string) {
  return useQuery({ queryKey: adminKeys.people(org), queryFn: () => allPeople(org) });
}

export function useFiscalYears(org: string) {
  return useQuery({ queryKey: adminKeys.fiscalYears(org), queryFn: () => api<FiscalYear[]>('GET', `${orgPath(org)}/fiscal-years`) });
}

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
