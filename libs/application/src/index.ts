export * from './application-error';
export * from './organizations.service';
export * from './passwords';
export * from './people.service';
export * from './sessions.service';
