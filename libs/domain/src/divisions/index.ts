export * from './standard-divisions.catalog';
export * from './division-text.normalizer';
export * from './division-owner.matcher';
