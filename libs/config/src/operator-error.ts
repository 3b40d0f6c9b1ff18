/**
 * A failure the person running Prongsai must fix (a bad setting, an unreachable service, a missing
 * binary). Its message is one line that says what is wrong and how to fix it, printed as-is with no
 * stack trace.
 */
export class OperatorError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OperatorError';
  }
}
