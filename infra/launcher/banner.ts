import type { AppConfig } from '@prongsai/config';

/** The lines that tell a newcomer where everything is once the system is up. */
export function banner(config: AppConfig, temporalUiUrl: string | undefined): string {
  const database = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : `MySQL ${config.database.display}`;
  const rows: [string, string][] = [
    ['app', config.publicBaseUrl],
    ['API docs', `${config.publicBaseUrl}/api/docs`],
    ['health', `${config.publicBaseUrl}/health/ready`],
    ['Temporal UI', temporalUiUrl ?? `(external Temporal at ${config.temporal.address})`],
    ['database', database],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    'Prongsai (โปร่งใส) is running',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '  Press Ctrl-C to stop everything.',
    '',
  ].join('\n');
}
