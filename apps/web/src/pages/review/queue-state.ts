import { useCallback, useState } from 'react';
import { queueItemKey, type QueueItem } from './queue-items';

/**
 * Items acted on leave the queue at once, even before the read model catches up: an item stays
 * hidden while its lifecycle's revision is not newer than the one seen when it was handled.
 */
export function useHandledItems() {
  const [handled, setHandled] = useState<Map<string, number>>(() => new Map());
  const markHandled = useCallback((items: QueueItem[]) => {
    setHandled((current) => {
      const next = new Map(current);
      for (const item of items) next.set(queueItemKey(item), item.lifecycle.revision);
      return next;
    });
  }, []);
  const isWaiting = useCallback(
    (item: QueueItem) => {
      const seen = handled.get(queueItemKey(item));
      return seen === undefined || item.lifecycle.revision > seen;
    },
    [handled],
  );
  return { markHandled, isWaiting };
}

/** The checked items of a queue, by key; items that left the queue drop out by themselves. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const toggle = useCallback((key: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const setAll = useCallback((keys: string[]) => setSelected(new Set(keys)), []);
  return { selected, toggle, setAll };
}
