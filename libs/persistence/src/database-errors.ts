import { OperatorError, type DatabaseTarget } from '@prongsai/config';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
}

/** Turns a driver's connection failure into one line that says what is wrong and what to do. */
export function describeConnectionFailure(target: DatabaseTarget, error: unknown): OperatorError {
  const driverError = (error ?? {}) as DriverError;
  if (target.kind === 'sqlite') {
    return new OperatorError(`DATABASE_URL: cannot open the SQLite file ${target.file}: ${driverError.message ?? String(error)}`, {
      cause: error,
    });
  }
  const where = `${target.host}:${target.port}`;
  const reasons: Record<string, string> = {
    ECONNREFUSED: `nothing answers at ${where}; is MySQL/MariaDB running there?`,
    ENOTFOUND: `unknown host "${target.host}"`,
    EAI_AGAIN: `cannot resolve host "${target.host}"`,
    ETIMEDOUT: `no answer from ${where} within 5 seconds`,
    ER_ACCESS_DENIED_ERROR: `access denied for user "${target.user}" (check the user and password)`,
    ER_DBACCESS_DENIED_ERROR: `user "${target.user}" may not use database "${target.database}"`,
    ER_BAD_DB_ERROR: `database "${target.database}" does not exist and could not be created`,
  };
  const reason = (driverError.code && reasons[driverError.code]) ?? driverError.message ?? String(error);
  return new OperatorError(`DATABASE_URL (${target.display}): ${reason}`, { cause: error });
}
