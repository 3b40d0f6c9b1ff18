import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * Deleting one item of a list after asking first: the item being asked about (`doomed`), `ask`
 * for a row's delete button, and the ConfirmDialog's wiring (`dialog`). `onDeleted` runs once the
 * API has deleted it; the dialog is closed by then.
 */
export function useConfirmedDelete<T>(remove: (item: T) => Promise<unknown>, onDeleted: (item: T) => unknown) {
  const [doomed, setDoomed] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async (_, item) => {
      setDoomed(null);
      await onDeleted(item);
    },
  });
  return {
    doomed,
    ask(item: T) {
      mutation.reset();
      setDoomed(item);
    },
    dialog: {
      open: doomed !== null,
      danger: true,
      busy: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (doomed) mutation.mutate(doomed);
      },
      onClose: () => setDoomed(null),
    },
  };
}
