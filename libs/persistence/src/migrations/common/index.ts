import { CreateDiagnosticRuns1763760000000 } from './1763760000000-create-diagnostic-runs';

/** Migrations whose TypeORM schema calls mean the same on SQLite and MySQL, in order. */
export const COMMON_MIGRATIONS = [CreateDiagnosticRuns1763760000000];
