import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, ApiError, orgPath } from '../../api/client';
import { allPages } from '../../api/organization-data';
import type { Lifecycle, LifecycleEvent, Measure } from '../../api/types';
import { useOnBehalf } from '../../session/session';

// The queries of the measure pages (list, one measure, report form). The keys start with 'measure-area'
// so they never meet another page's cache entry of a different shape; the organisation's divisions,
// people and fiscal years are shared (api/organization-data).

export const measureKey = (org: string, measureId: string) => ['measure-area', org, 'measure', measureId] as const;
export const lifecycleKey = (org: string, measureId: string) => ['measure-area', org, 'lifecycle', measureId] as const;

/** One measure; a 403 says it belongs to another division. */
export function useMeasure(org: string, measureId: string) {
  return useQuery({ queryKey: measureKey(org, measureId), queryFn: () => api<Measure>('GET', `${orgPath(org)}/measures/${encodeURIComponent(measureId)}`) });
}

/** The measure's lifecycle, or null while its plan has never been submitted (the API answers 404). */
export function useLifecycle(org: string, measureId: string, enabled = true) {
  return useQuery({
    queryKey: lifecycleKey(org, measureId),
    enabled,
    queryFn: async () => {
      try {
        return await api<Lifecycle>('GET', `${orgPath(org)}/measures/${encodeURIComponent(measureId)}/lifecycle`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}




export function useYearMeasures(org: string, yearBe: number) {
  return useQuery({
    queryKey: ['measure-area', org, 'measures', yearBe],
    queryFn: () => allPages<Measure>(`${orgPath(org)}/measures?fiscalYear=${yearBe}`),
  });
}

export function useYearLifecycles(org: string, yearBe: number) {
  return useQuery({
    queryKey: ['measure-area', org, 'lifecycles', yearBe],
    queryFn: () => api<Lifecycle[]>('GET', `${orgPath(org)}/fiscal-years/${yearBe}/lifecycles`),
  });
}

/** Sends one lifecycle action and keeps the answer (the new state) as the measure's lifecycle. */
export function useLifecycleAction(org: string, measureId: string) {
  const queries = useQueryClient();
  const onBehalf = useOnBehalf();
  return useCallback(
    async (action: string, body: Record<string, unknown>): Promise<Lifecycle> => {
      const next = await api<Lifecycle>('POST', `${orgPath(org)}/measures/${encodeURIComponent(measureId)}/lifecycle/${action}`, onBehalf(body));
      queries.setQueryData(lifecycleKey(org, measureId), next);
      // The list's statuses and the measure's own status follow the lifecycle.
      void queries.invalidateQueries({ queryKey: ['measure-area', org, 'lifecycles'] });
      void queries.invalidateQueries({ queryKey: ['inbox', org] });
      if (action !== 'saveReportDraft') void queries.invalidateQueries({ queryKey: measureKey(org, measureId) });
      return next;
    },
    [org, measureId, queries, onBehalf],
  );
}

/** Names of people and divisions by id, for the timeline and the owners. */
export function nameOf(items: { id: string; displayName?: string; name?: string }[] | undefined, id: string | null | undefined): string | null {
  if (!id) return null;
  const item = items?.find((candidate) => candidate.id === id);
  return item ? (item.displayName ?? item.name ?? null) : null;
}

export type { LifecycleEvent };

/** Asking again helps after a dropped connection or a server error, never after a refusal. */
export function retryable(error: unknown): boolean {
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}
