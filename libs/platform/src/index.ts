export * from './app-config.token';
export * from './logger-options';
export * from './platform.module';
export * from './temporal-runtime-logger';
export * from './follow-launcher';
