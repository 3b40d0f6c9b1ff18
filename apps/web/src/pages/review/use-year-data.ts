import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, orgPath } from '../../api/client';
import type { Division, Lifecycle, Measure, Page, Person } from '../../api/types';

/** Every page of a paged list (200 a page is the API's largest). */
async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await api<Page<T>>('GET', `${path}${separator}pageSize=200&page=${page}`);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

export const yearQueryKeys = {
  lifecycles: (org: string, yearBe: number) => ['lifecycles', org, yearBe] as const,
  measures: (org: string, yearBe: number) => ['measures', org, yearBe, 'all'] as const,
  divisions: (org: string) => ['divisions', org] as const,
  people: (org: string) => ['people', org, 'all'] as const,
};

/**
 * What the queues and the dashboard read of one fiscal year: the lifecycles (read model), the
 * measures, the divisions and, when asked, the people (to name who reported).
 */
export function useYearData(org: string, yearBe: number, options: { people?: boolean } = {}) {
  const base = orgPath(org);
  const lifecycles = useQuery({
    queryKey: yearQueryKeys.lifecycles(org, yearBe),
    queryFn: () => api<Lifecycle[]>('GET', `${base}/fiscal-years/${yearBe}/lifecycles`),
    refetchInterval: 30_000,
  });
  const measures = useQuery({ queryKey: yearQueryKeys.measures(org, yearBe), queryFn: () => allPages<Measure>(`${base}/measures?fiscalYear=${yearBe}`) });
  const divisions = useQuery({ queryKey: yearQueryKeys.divisions(org), queryFn: () => api<Division[]>('GET', `${base}/divisions`), staleTime: 300_000 });
  const people = useQuery({
    queryKey: yearQueryKeys.people(org),
    queryFn: () => allPages<Person>(`${base}/people`),
    staleTime: 300_000,
    enabled: options.people ?? false,
  });
  const queries = [lifecycles, measures, divisions, ...(options.people ? [people] : [])];
  const refetch = useCallback(() => {
    for (const query of [lifecycles, measures, divisions, people]) if (query.error) void query.refetch();
  }, [lifecycles, measures, divisions, people]);
  return {
    lifecycles: lifecycles.data,
    measures: measures.data,
    divisions: divisions.data,
    people: people.data,
    ready: queries.every((query) => query.data !== undefined),
    isLoading: queries.some((query) => query.isLoading),
    error: queries.find((query) => query.error)?.error ?? null,
    refetch,
  };
}

/** After an action: the queues, the dashboard, the inbox and the measure pages read again. */
export function useRefreshAfterAction() {
  const queries = useQueryClient();
  return useCallback(() => queries.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' && query.queryKey[0] !== 'orgs' }), [queries]);
}
