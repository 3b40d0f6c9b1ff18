import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, orgPath } from '../../api/client';
import { allPages, useDivisions, usePeople } from '../../api/organization-data';
import type { Lifecycle, Measure } from '../../api/types';

export const yearQueryKeys = {
  lifecycles: (org: string, yearBe: number) => ['lifecycles', org, yearBe] as const,
  measures: (org: string, yearBe: number) => ['measures', org, yearBe, 'all'] as const,
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
  const divisions = useDivisions(org);
  const people = usePeople(org, { enabled: options.people ?? false });
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
