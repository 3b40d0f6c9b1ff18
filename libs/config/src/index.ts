export * from './app-config';
export * from './config-error';
export * from './database-target';
export * from './exit-on-operator-error';
export * from './operator-error';
