export type CheckOutcome =
  | { status: 'ok'; detail: string }
  | { status: 'warn'; detail: string; fix: string }
  | { status: 'fail'; detail: string; fix: string };

export interface Check {
  name: string;
  run(): Promise<CheckOutcome>;
}

export const ok = (detail: string): CheckOutcome => ({ status: 'ok', detail });
export const warn = (detail: string, fix: string): CheckOutcome => ({ status: 'warn', detail, fix });
export const fail = (detail: string, fix: string): CheckOutcome => ({ status: 'fail', detail, fix });

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
