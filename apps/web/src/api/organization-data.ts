import { useQuery } from '@tanstack/react-query';
import { api, orgPath } from './client';
import type { Division, FiscalYear, Page, Person } from './types';

/** Every item of a paged list (200 a page is the API's largest). */
export async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await api<Page<T>>('GET', `${path}${separator}pageSize=200&page=${page}`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/**
 * The organisation's divisions, people and fiscal years, which most pages read: one cache entry
 * each, whichever page asked first.
 */
export const organizationKeys = {
  divisions: (org: string) => ['divisions', org] as const,
  people: (org: string) => ['people', org] as const,
  fiscalYears: (org: string) => ['fiscal-years', org] as const,
};

const STALE_MS = 60_000;

export function useDivisions(org: string) {
  return useQuery({ queryKey: organizationKeys.divisions(org), queryFn: () => api<Division[]>('GET', `${orgPath(org)}/divisions`), staleTime: STALE_MS });
}

export function usePeople(org: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: organizationKeys.people(org), queryFn: () => allPages<Person>(`${orgPath(org)}/people`), staleTime: STALE_MS, enabled: options.enabled ?? true });
}

export function useFiscalYears(org: string) {
  return useQuery({ queryKey: organizationKeys.fiscalYears(org), queryFn: () => api<FiscalYear[]>('GET', `${orgPath(org)}/fiscal-years`), staleTime: STALE_MS });
}
