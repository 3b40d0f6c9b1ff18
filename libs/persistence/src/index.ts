export * from './data-source-options';
export * from './database-errors';
export * from './entities';
export * from './open-database';
