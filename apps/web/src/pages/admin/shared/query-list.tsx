import type { ReactNode } from 'react';
import { EmptyState, ErrorNotice, Loading } from '../../../components/feedback';

interface ListQuery<T> {
  data: T[] | undefined;
  isLoading: boolean;
  error: unknown;
  refetch(): unknown;
}

/**
 * A list the API answers, in the state it is in: loading, its error with a retry, the message for
 * no items, or the items themselves. `alsoNeeds` is another answer the items cannot be shown
 * without (e.g. the people whose names they show).
 */
export function QueryList<T>({ query, none, alsoNeeds, children }: { query: ListQuery<T>; none: ReactNode; alsoNeeds?: { isLoading: boolean; data: unknown }; children(items: T[]): ReactNode }) {
  const items = query.data;
  return (
    <>
      {(query.isLoading || alsoNeeds?.isLoading) && <Loading />}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => query.refetch()} /> : null}
      {items && items.length === 0 && <EmptyState>{none}</EmptyState>}
      {items && items.length > 0 && (!alsoNeeds || alsoNeeds.data !== undefined) && children(items)}
    </>
  );
}
