export * from './diagnostics';
export * from './task-queues';
