export * from './measure';
export * from './organization';
export * from './roles';
