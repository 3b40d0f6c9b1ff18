import { OperatorError } from './operator-error';

/** A setting that cannot be used; the message names the setting and what is wrong. */
export class ConfigError extends OperatorError {
  constructor(
    readonly setting: string,
    readonly problem: string,
  ) {
    super(`${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}
