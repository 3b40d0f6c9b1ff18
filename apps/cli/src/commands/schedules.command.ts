import type { Command } from 'commander';
import { loadConfig, OperatorError } from '@prongsai/config';
import { SCHEDULE_TIME_ZONE } from '@prongsai/contracts';
import type { ScheduleView } from '@prongsai/contracts';
import { listSchedules, pauseSchedule, requireScheduleDefinition, temporalConnectionSettings, unpauseSchedule } from '@prongsai/temporal';
import { Client, Connection } from '@temporalio/client';

const CONNECT_TIMEOUT_MS = 5000;

/** `prongsai schedules [list] [--json]`, `prongsai schedules pause ID [--note TEXT]`, `prongsai schedules unpause ID [--note TEXT]`. */
export function registerScheduleCommands(program: Command): void {
  const schedules = program.command('schedules').description('recurring jobs (Temporal Schedules): daily digest, weekly summary, report rounds');
  schedules
    .command('list', { isDefault: true })
    .description(`list them: id, paused, next run (${SCHEDULE_TIME_ZONE}), description`)
    .option('--json', 'print [{"id","workflowType","description","paused","note","nextRuns","recentRuns","missing"}]')
    .action(async (options: { json?: boolean }) => {
      const views = await withTemporal(listSchedules);
      if (options.json) process.stdout.write(`${JSON.stringify(views)}\n`);
      else process.stdout.write(table(views));
    });
  schedules
    .command('pause')
    .description('stop a schedule from running until it is unpaused (a worker restart keeps it paused)')
    .argument('<id>', 'the schedule id (see "prongsai schedules")')
    .option('--note <text>', 'why, shown with the schedule')
    .action(async (id: string, options: { note?: string }) => {
      requireScheduleDefinition(id);
      const view = await withTemporal((client) => pauseSchedule(client, id, options.note ?? 'paused with "prongsai schedules pause"'));
      process.stdout.write(`paused ${view.id}: ${view.note ?? ''}\n`);
    });
  schedules
    .command('unpause')
    .description('let a paused schedule run again')
    .argument('<id>', 'the schedule id (see "prongsai schedules")')
    .option('--note <text>', 'why, shown with the schedule')
    .action(async (id: string, options: { note?: string }) => {
      requireScheduleDefinition(id);
      const view = await withTemporal((client) => unpauseSchedule(client, id, options.note ?? 'unpaused with "prongsai schedules unpause"'));
      process.stdout.write(`unpaused ${view.id}; next run ${view.nextRuns[0] ? bangkokTime(view.nextRuns[0]) : '–'} (${SCHEDULE_TIME_ZONE})\n`);
    });
}

/** Runs `work` with a client of the configured Temporal; unreachable is one line naming TEMPORAL_ADDRESS. */
async function withTemporal<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const settings = temporalConnectionSettings(config.temporal);
  const connection = await Connection.connect({ ...settings, connectTimeout: CONNECT_TIMEOUT_MS }).catch((error: unknown) => {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new OperatorError(
      config.temporal.address === undefined
        ? `Temporal is not reachable at ${settings.address}, the embedded dev server (${reason}): start Prongsai with "npm start", or set TEMPORAL_ADDRESS`
        : `TEMPORAL_ADDRESS (${settings.address}): Temporal is not reachable (${reason}); start Temporal or correct TEMPORAL_ADDRESS / TEMPORAL_TLS_*`,
      { cause: error },
    );
  });
  try {
    return await work(new Client({ connection, namespace: config.temporal.namespace }));
  } finally {
    await connection.close();
  }
}

function table(views: ScheduleView[]): string {
  const rows = [
    ['id', 'paused', `next run (${SCHEDULE_TIME_ZONE})`, 'description'],
    ...views.map((view) => [
      view.id,
      view.missing ? '–' : view.paused ? 'yes' : 'no',
      view.missing ? 'not created yet (the worker creates it)' : view.nextRuns[0] ? bangkokTime(view.nextRuns[0]) : '–',
      view.description.th,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines: string[] = [];
  rows.forEach((row, i) => {
    lines.push(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '));
    const view = views[i - 1];
    if (view?.paused && view.note) lines.push(`${' '.repeat(widths[0] + 2)}note: ${view.note}`);
  });
  return `${lines.join('\n')}\n`;
}

/** An instant as "2025-04-14 07:00" on the clock in Thailand. */
function bangkokTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: SCHEDULE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
