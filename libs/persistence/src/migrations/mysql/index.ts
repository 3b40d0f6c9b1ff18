import { COMMON_MIGRATIONS } from '../common';

/** MySQL / MariaDB run the shared migrations plus any written for MySQL alone (none yet). */
export const MYSQL_MIGRATIONS = [...COMMON_MIGRATIONS];
