export * from './diagnostics';
export * from './task-queues';
export * from './measure-lifecycle';
