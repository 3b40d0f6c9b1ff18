import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'blocked';

export interface AutosaveState {
  phase: AutosavePhase;
  /** When the server last took a draft in this visit. */
  savedAt: Date | null;
  error: unknown;
}

interface Options<T> {
  /** What would be saved now, and its signature (equal signatures need no saving). */
  value: T;
  signature: string;
  /** The signature the server already has when the form opens. */
  initialSignature: string;
  save(value: T): Promise<void>;
  /** False stops saving altogether (a read-only report). */
  enabled: boolean;
  /** True holds saving back while the form has a problem the server would refuse. */
  blocked: boolean;
  /** Told after each successful save with the signature saved. */
  onSaved?(signature: string): void;
  delayMs?: number;
}

/**
 * Saves as one types: a quiet moment (1.5 s) after the last change, one save at a time, and again
 * when more was typed during a save. A failure keeps the text and waits for the next change or
 * for `saveNow()`.
 */
export function useAutosave<T>({ value, signature, initialSignature, save, enabled, blocked, onSaved, delayMs = 1500 }: Options<T>) {
  const [state, setState] = useState<AutosaveState>({ phase: 'idle', savedAt: null, error: null });
  const saved = useRef(initialSignature);
  const latest = useRef({ value, signature });
  latest.current = { value, signature };
  const callbacks = useRef({ save, onSaved });
  callbacks.current = { save, onSaved };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);

  const cancelTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const saveNow = useCallback((): Promise<void> => {
    cancelTimer();
    if (inFlight.current) return inFlight.current;
    const { value: current, signature: currentSignature } = latest.current;
    if (currentSignature === saved.current || stopped.current) return Promise.resolve();
    setState((previous) => ({ ...previous, phase: 'saving' }));
    const run = (async () => {
      try {
        await callbacks.current.save(current);
        saved.current = currentSignature;
        callbacks.current.onSaved?.(currentSignature);
        setState({ phase: 'saved', savedAt: new Date(), error: null });
      } catch (error) {
        setState((previous) => ({ ...previous, phase: 'error', error }));
        return;
      } finally {
        inFlight.current = null;
      }
      // Typed on during the save: save that too, after the usual pause.
      if (latest.current.signature !== saved.current && !stopped.current) {
        setState((previous) => ({ ...previous, phase: 'pending' }));
        timer.current = setTimeout(() => void saveNow(), delayMs);
      }
    })();
    inFlight.current = run;
    return run;
  }, [delayMs]);

  useEffect(() => {
    if (!enabled || stopped.current) return;
    if (signature === saved.current) {
      cancelTimer();
      setState((previous) => (previous.phase === 'pending' || previous.phase === 'blocked' ? { ...previous, phase: previous.savedAt ? 'saved' : 'idle' } : previous));
      return;
    }
    if (blocked) {
      cancelTimer();
      setState((previous) => ({ ...previous, phase: 'blocked' }));
      return;
    }
    if (inFlight.current) return;
    setState((previous) => ({ ...previous, phase: 'pending' }));
    cancelTimer();
    timer.current = setTimeout(() => void saveNow(), delayMs);
  }, [signature, enabled, blocked, delayMs, saveNow]);

  useEffect(() => () => cancelTimer(), []);

  /** Stops saving drafts (before the report is sent) once the save under way, if any, is done. */
  const stop = useCallback(async () => {
    stopped.current = true;
    cancelTimer();
    await inFlight.current?.catch(() => undefined);
  }, []);

  /** Saving may go on again (the report could not be sent). */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  return { state, saveNow, stop, resume };
}
