export * from './dev-server';
export * from './temporal-binaries';
export * from './temporal-connection-options';
export * from './workflow-source';
export * from './search-attributes';
export * from './schedules';
