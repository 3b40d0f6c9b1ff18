export * from './diagnostics';
export * from './task-queues';
export * from './measure-lifecycle';
export * from './measure-lifecycle-commands';
export * from './measure-lifecycle.messages';
export * from './measure-lifecycle.search-attributes';
export * from './mail-delivery';
export * from './schedules';
