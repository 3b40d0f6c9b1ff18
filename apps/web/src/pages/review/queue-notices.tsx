import { ErrorNotice, SuccessNotice } from '../../components/feedback';
import { BulkResults } from './bulk-toolbar';
import type { QueueActions } from './use-queue-actions';

/**
 * What the last action came to: the announcement of one decision (focused, so a screen reader
 * reads it), the results of acting on several, or why acting on several failed as a whole.
 */
export function QueueNotices({ queue }: { queue: QueueActions }) {
  return (
    <>
      <div ref={queue.noticeRef} tabIndex={-1} className="queue-notice">
        {queue.notice && <SuccessNotice>{queue.notice}</SuccessNotice>}
      </div>
      <BulkResults progress={queue.bulk} />
      {queue.bulkError !== null && <ErrorNotice error={queue.bulkError} />}
    </>
  );
}
