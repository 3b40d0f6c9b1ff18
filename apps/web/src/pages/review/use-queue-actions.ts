import type { LifecycleHumanCommandType } from '@prongsai/contracts';
import { useMemo, useRef, useState } from 'react';
import { api, orgPath } from '../../api/client';
import type { Lifecycle } from '../../api/types';
import { fill, useLanguage } from '../../i18n/language';
import { useOnBehalf } from '../../session/session';
import type { BulkProgress, BulkResult } from './bulk-toolbar';
import { queueItemName } from './queue-article';
import { queueItemKey, type QueueItem } from './queue-items';
import { useHandledItems, useSelection } from './queue-state';
import { useRefreshAfterAction } from './use-year-data';

/** The decisions taken on a queued report: the coordinator's (review) and the executive's (sign-off). */
export type QueueAction = Extract<LifecycleHumanCommandType, 'acceptReport' | 'returnReport' | 'signOff' | 'returnSignOff'>;

/** What the action on one selected item came to, told by the page's own way of acting on several. */
export type BulkOutcome = { ok: true } | { ok: false; message?: string };

/** Takes one decision on one queued report (a comment goes with a return); `onBehalf` marks a stand-in's. */
function postQueueAction(org: string, item: QueueItem, action: QueueAction, comment: string | undefined, onBehalf: ReturnType<typeof useOnBehalf>): Promise<Lifecycle> {
  return api<Lifecycle>('POST', `${orgPath(org)}/measures/${item.measure.id}/lifecycle/${action}`, onBehalf({ periodKey: item.report.periodKey, ...(comment ? { comment } : {}) }));
}

/**
 * The state a queue page keeps while people work through it: which items still wait, which are
 * checked, which one is saving, each item's error, the announcement of what was done, the item
 * being returned (its comment dialog open) and the progress of acting on several at once.
 * `waiting` is the page's queue as the read model has it; handled items leave it at once.
 */
export function useQueueActions(org: string, waiting: QueueItem[]) {
  const { language } = useLanguage();
  const onBehalf = useOnBehalf();
  const refresh = useRefreshAfterAction();
  const { markHandled, isWaiting } = useHandledItems();
  const { selected, toggle, setAll } = useSelection();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, unknown>>(() => new Map());
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState<QueueItem | null>(null);
  const [bulk, setBulk] = useState<BulkProgress | null>(null);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const items = useMemo(() => waiting.filter(isWaiting), [waiting, isWaiting]);
  const selectedItems = items.filter((item) => selected.has(queueItemKey(item)));

  const setError = (key: string, error: unknown) =>
    setErrors((current) => {
      const next = new Map(current);
      if (error === null) next.delete(key);
      else next.set(key, error);
      return next;
    });

  const announce = (message: string) => {
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  /** One item's decision; when it is taken the item leaves the queue and `done` (with {name}) is announced. */
  const act = async (item: QueueItem, action: QueueAction, done: string, comment?: string) => {
    const key = queueItemKey(item);
    setBusyKey(key);
    setError(key, null);
    setBulk(null);
    try {
      await postQueueAction(org, item, action, comment, onBehalf);
      markHandled([item]);
      toggle(key, false);
      setReturning(null);
      announce(fill(done, { name: queueItemName(item, language) }));
      void refresh();
    } catch (error) {
      setReturning(null);
      setError(key, error);
    } finally {
      setBusyKey(null);
    }
  };

  /**
   * Acts on the checked items the page's way (one request each, or one for all): `perform` settles
   * each item as its answer comes; the ones done leave the queue, the rest stay with the reason.
   * Should `perform` fail as a whole, nothing is counted and its error is shown.
   */
  const actOnSelected = async (perform: (chosen: QueueItem[], settle: (item: QueueItem, outcome: BulkOutcome) => void) => Promise<void>) => {
    const chosen = selectedItems;
    setNotice(null);
    setBulkError(null);
    const results: BulkResult[] = [];
    setBulk({ running: true, done: 0, total: chosen.length, results });
    const settle = (item: QueueItem, outcome: BulkOutcome) => {
      const key = queueItemKey(item);
      results.push({ key, name: queueItemName(item, language), ok: outcome.ok, message: outcome.ok ? undefined : outcome.message });
      if (outcome.ok) {
        markHandled([item]);
        toggle(key, false);
      }
      setBulk({ running: true, done: results.length, total: chosen.length, results: [...results] });
    };
    try {
      await perform(chosen, settle);
      setBulk({ running: false, done: results.length, total: chosen.length, results });
      void refresh();
    } catch (error) {
      setBulk(null);
      setBulkError(error);
    }
  };

  return {
    items,
    selectedItems,
    isSelected: (item: QueueItem) => selected.has(queueItemKey(item)),
    toggle,
    setAll,
    busyKey,
    errors,
    notice,
    noticeRef,
    returning,
    startReturn: setReturning,
    cancelReturn: () => setReturning(null),
    bulk,
    bulkError,
    act,
    actOnSelected,
    /** Sends one decision without the page's bookkeeping (for acting on several, one by one). */
    post: (item: QueueItem, action: QueueAction, comment?: string) => postQueueAction(org, item, action, comment, onBehalf),
  };
}

/** A queue page's working state, handed to the parts that show it. */
export type QueueActions = ReturnType<typeof useQueueActions>;
