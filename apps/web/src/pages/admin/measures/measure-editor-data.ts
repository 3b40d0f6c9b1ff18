import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, orgPath } from '../../../api/client';
import type { Measure, Page } from '../../../api/types';
import { refreshEverywhere } from '../shared/admin-data';

/** An entry of the organisation's ITA catalog (GET /api/orgs/{org}/catalog). */
export interface CatalogEntry {
  id: string;
  kind: 'indicator' | 'item';
  tool: string;
  code: string;
  indicatorNo: number | null;
  title: string;
}

export interface Catalog {
  fiscalYearBe: number;
  indicators: CatalogEntry[];
  items: CatalogEntry[];
}

export const measureEditorKeys = {
  measures: (org: string, yearBe: number) => ['admin', 'measures', org, yearBe] as const,
  catalog: (org: string, yearBe: number) => ['admin', 'catalog', org, yearBe] as const,
};

/** The measures of a fiscal year (the API pages at 200, more than a year ever has). */
export function useYearMeasures(org: string, yearBe: number) {
  return useQuery({
    queryKey: measureEditorKeys.measures(org, yearBe),
    queryFn: () => api<Page<Measure>>('GET', `${orgPath(org)}/measures?fiscalYear=${yearBe}&pageSize=200`),
  });
}

export function useCatalog(org: string, yearBe: number) {
  return useQuery({
    queryKey: measureEditorKeys.catalog(org, yearBe),
    queryFn: () => api<Catalog>('GET', `${orgPath(org)}/catalog?fiscalYear=${yearBe}`),
    staleTime: 5 * 60_000,
  });
}

/** After measures change: this list and every other page's copy of measures, tasks and dashboards. */
export function refreshMeasures(queries: QueryClient): Promise<void> {
  return refreshEverywhere(queries, 'measures', 'measure-area', 'inbox', 'dashboard');
}
