/** Injection token of the validated {@link AppConfig} of the running process. */
export const APP_CONFIG = Symbol('APP_CONFIG');
