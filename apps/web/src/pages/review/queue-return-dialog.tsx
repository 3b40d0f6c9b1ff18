import { CommentDialog } from '../../components/comment-dialog';
import type { QueueItem } from './queue-items';
import type { QueueActions } from './use-queue-actions';

/** Asks for the comment that goes with returning the item the person chose to return. */
export function QueueReturnDialog({
  queue,
  title,
  label,
  confirmLabel,
  onReturn,
}: {
  queue: QueueActions;
  title: string;
  label: string;
  confirmLabel: string;
  onReturn(item: QueueItem, comment: string): void;
}) {
  const { returning } = queue;
  return (
    <CommentDialog
      open={returning !== null}
      title={title}
      label={label}
      confirmLabel={confirmLabel}
      busy={queue.busyKey !== null}
      onConfirm={(comment) => returning && onReturn(returning, comment)}
      onClose={queue.cancelReturn}
    />
  );
}
