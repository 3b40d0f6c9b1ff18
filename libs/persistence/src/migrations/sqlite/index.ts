import { COMMON_MIGRATIONS } from '../common';

/** SQLite runs the shared migrations plus any written for SQLite alone (none yet). */
export const SQLITE_MIGRATIONS = [...COMMON_MIGRATIONS];
