// Pure domain code shared by workflows, the API, the importer and tests: no Node, Nest or TypeORM.
export * from './calendar';
export * from './divisions';
export * from './model';
export * from './lifecycle';
export * from './notifications';
export * from './text';
