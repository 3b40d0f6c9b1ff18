import { DiagnosticRunEntity } from './diagnostic-run.entity';

export { DiagnosticRunEntity } from './diagnostic-run.entity';
export type { DiagnosticRunStatus } from './diagnostic-run.entity';

/** Every entity, listed once for the DataSource of the API, the worker and the CLI. */
export const ALL_ENTITIES = [DiagnosticRunEntity];
