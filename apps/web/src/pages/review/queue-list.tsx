import type { ReactNode } from 'react';
import type { Division, Person } from '../../api/types';
import { ErrorNotice } from '../../components/feedback';
import { BulkToolbar } from './bulk-toolbar';
import { QueueArticle } from './queue-article';
import { queueItemKey, type QueueItem } from './queue-items';
import type { QueueActions } from './use-queue-actions';

/**
 * The waiting reports of a queue page, each with its decision and its return, under the toolbar
 * that acts on the checked ones. The page says what the decisions are called and what they do.
 */
export function QueueList({
  queue,
  divisions,
  people,
  selectedActionLabel,
  onActOnSelected,
  decideLabel,
  onDecide,
  returnLabel,
  focused,
  reportTitle,
  collapsiblePlan,
  extraFacts,
}: {
  queue: QueueActions;
  divisions: Division[];
  people: Person[];
  selectedActionLabel: string;
  onActOnSelected(): void;
  decideLabel: string;
  onDecide(item: QueueItem): void;
  returnLabel: string;
  /** The item the page was opened for (scrolled to and focused). */
  focused?: QueueItem;
  reportTitle?: string;
  collapsiblePlan?: boolean;
  extraFacts?(item: QueueItem): ReactNode;
}) {
  const { items, busyKey, errors, bulk } = queue;
  return (
    <>
      <BulkToolbar
        total={items.length}
        selectedCount={queue.selectedItems.length}
        onSelectAll={(on) => queue.setAll(on ? items.map(queueItemKey) : [])}
        actionLabel={selectedActionLabel}
        onAction={onActOnSelected}
        progress={bulk}
      />
      <div className="queue-list">
        {items.map((item) => {
          const key = queueItemKey(item);
          const busy = busyKey === key || (bulk?.running ?? false);
          return (
            <QueueArticle
              key={key}
              item={item}
              divisions={divisions}
              people={people}
              selected={queue.isSelected(item)}
              onToggle={(on) => queue.toggle(key, on)}
              focused={focused === item}
              reportTitle={reportTitle}
              collapsiblePlan={collapsiblePlan}
              extraFacts={extraFacts?.(item)}
            >
              {errors.has(key) && <ErrorNotice error={errors.get(key)} />}
              <button type="button" className="button button-primary" disabled={busy} onClick={() => onDecide(item)}>
                {busyKey === key && <span className="spinner" aria-hidden="true" />}
                {decideLabel}
              </button>
              <button type="button" className="button button-danger" disabled={busy} onClick={() => queue.startReturn(item)}>
                {returnLabel}
              </button>
            </QueueArticle>
          );
        })}
      </div>
    </>
  );
}
