/**
 * `npm run bench:lifecycle -- --measures N [--concurrency C] [--json] [--phases]`
 *
 * Drives N measures through a whole fiscal year — plan submitted and approved, assignment
 * acknowledged, a report per quarter submitted, accepted and signed off, the year closed — with the
 * real worker and the real read model (SQLite), and in the same run the same number of workflows,
 * Updates and timers through a bare no-op workflow. Prints the wall-clock time of each and the
 * ratio baseline/ours (1.0: the lifecycle costs nothing beyond Temporal's own work).
 *
 * Both run on Temporal's time-skipping test server, a fresh one each: the dev server cannot skip a
 * year of timers, and a year in the past would open every period at once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DEFAULT_LIFECYCLE_POLICY,
  lifecycleUpdates,
  measureLifecycleWorkflowId,
  type LifecycleActor,
  type LifecycleHumanCommandType,
  type LifecycleUpdateArgs,
  type MeasureLifecycleInput,
} from '@prongsai/contracts';
import { addDays, createLifecycleState, fiscalYearOf, fiscalYearRange, lifecycleAgenda, lifecycleMomentOf, reportingPeriods } from '@prongsai/domain';
import { migrateDatabase, openDatabase } from '@prongsai/persistence';
import { ensureSearchAttributes, requireTemporalBinary, workflowSource } from '@prongsai/temporal';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { Command, InvalidArgumentError } from 'commander';
import { bindActivities } from '../../apps/worker/src/activities/bind-activities';
import { LifecycleActivitiesService } from '../../apps/worker/src/activities/lifecycle.activities';
import { MailDeliveries } from '../../apps/worker/src/mail/mail-deliveries';
import { measureLifecycleWorkflow } from '../../workflows/src';
import { bareBaselineWorkflow, baselineActionUpdate } from './baseline.workflow';

interface BenchOptions {
  measures: number;
  concurrency: number;
  json: boolean;
  phases: boolean;
}

/** What one side of the comparison needs: how to start a measure's workflow and send it an action. */
interface Contender {
  name: string;
  worker: Worker;
  start(input: MeasureLifecycleInput): Promise<void>;
  act<T extends LifecycleHumanCommandType>(input: MeasureLifecycleInput, type: T, args: LifecycleUpdateArgs<T>): Promise<void>;
  finish(input: MeasureLifecycleInput): Promise<void>;
  dispose(): Promise<void>;
}

const ACTORS = {
  admin: { personId: 'p-admin', role: 'admin', divisionId: 'd-office' },
  mayor: { personId: 'p-mayor', role: 'executive', divisionId: null },
  head: { personId: 'p-finance-head', role: 'division_head', divisionId: 'd-finance' },
  officer: { personId: 'p-finance-officer', role: 'officer', divisionId: 'd-finance' },
} satisfies Record<string, LifecycleActor>;

/** Actions per measure over the year: submit, approve, acknowledge, then submit, accept, sign off per quarter. */
const ACTIONS_PER_MEASURE = 3 + 4 * 3;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // Two years ahead, so the whole fiscal year lies after the test server's starting clock.
  const fiscalYearBe = fiscalYearOf(new Date().toISOString().slice(0, 10)) + 2;
  const measures = Array.from({ length: options.measures }, (_, i) => measureInput(fiscalYearBe, i + 1));
  const memory = sampleMemory();

  const baseline = await runYear(options, measures, startBaseline);
  const ours = await runYear(options, measures, startLifecycle);
  const result = {
    measures: options.measures,
    seconds: round(ours.seconds),
    baselineSeconds: round(baseline.seconds),
    ratio: round(baseline.seconds / ours.seconds),
    actions: options.measures * ACTIONS_PER_MEASURE,
    actionsPerSecond: round((options.measures * ACTIONS_PER_MEASURE) / ours.seconds),
    baselineActionsPerSecond: round((options.measures * ACTIONS_PER_MEASURE) / baseline.seconds),
    timersPerMeasure: timerMoments(measures[0]).length,
    concurrency: options.concurrency,
    peakRssMb: Math.round(memory.stop() / 1_048_576),
    server: 'temporal time-skipping test server',
    database: 'sqlite',
    node: process.version,
    cpus: os.cpus().length,
  };
  if (options.json) {
    console.log(JSON.stringify(result));
  } else {
    console.log(`${result.measures} measures through fiscal year ${fiscalYearBe}, ${result.actions} actions each side`);
    console.log(`  lifecycle: ${result.seconds} s (${result.actionsPerSecond} actions/s)`);
    console.log(`  baseline:  ${result.baselineSeconds} s (${result.baselineActionsPerSecond} actions/s)`);
    console.log(`  ratio baseline/lifecycle: ${result.ratio} · peak RSS ${result.peakRssMb} MB`);
  }
}

/** One fiscal year for every measure on a fresh test server; returns the seconds it took. */
async function runYear(
  options: BenchOptions,
  measures: MeasureLifecycleInput[],
  contenderOn: (env: TestWorkflowEnvironment) => Promise<Contender>,
): Promise<{ seconds: number }> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: requireTemporalBinary('testServer') } },
  });
  const contender = await contenderOn(env);
  try {
    return await contender.worker.runUntil(async () => {
      const started = performance.now();
      const lap = (label: string) => options.phases && console.error(`${contender.name} ${label} ${((performance.now() - started) / 1000).toFixed(2)} s`);
      await eachLimited(measures, options.concurrency, (m) => contender.start(m));
      await eachLimited(measures, options.concurrency, async (m) => {
        await contender.act(m, 'submitPlan', { actor: ACTORS.admin });
        await contender.act(m, 'approvePlan', { actor: ACTORS.mayor, approvedOn: addDays(fiscalYearRange(m.fiscalYearBe).start, -10) });
        await contender.act(m, 'acknowledgeAssignment', { actor: ACTORS.head, divisionId: 'd-finance', officerIds: [ACTORS.officer.personId] });
      });
      lap('planned');
      for (const period of reportingPeriods(measures[0].fiscalYearBe, 'quarterly')) {
        await skipClockTo(env, addDays(period.end, 3));
        lap(`skipped to ${period.key}`);
        await eachLimited(measures, options.concurrency, async (m) => {
          await contender.act(m, 'submitReport', { actor: ACTORS.officer, periodKey: period.key, content: sampleReport() });
          await contender.act(m, 'acceptReport', { actor: ACTORS.admin, periodKey: period.key });
          await contender.act(m, 'signOff', { actor: ACTORS.mayor, periodKey: period.key });
        });
        lap(`reported ${period.key}`);
      }
      // One at a time: concurrent result() calls unbalance the test server's time-skipping lock.
      for (const m of measures) await contender.finish(m);
      return { seconds: (performance.now() - started) / 1000 };
    });
  } finally {
    await contender.dispose();
    await env.teardown();
  }
}

/** The real measure lifecycle with the read-model activities on a fresh SQLite file. */
async function startLifecycle(env: TestWorkflowEnvironment): Promise<Contender> {
  await ensureSearchAttributes(env.connection.operatorService, env.namespace ?? 'default');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-bench-'));
  const target = { kind: 'sqlite' as const, file: path.join(folder, 'bench.sqlite') };
  await migrateDatabase(target);
  const dataSource = await openDatabase(target);
  const { workflowsPath, bundlerOptions } = workflowSource();
  const taskQueue = 'bench-lifecycle';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await bundle(workflowsPath, bundlerOptions),
    // No organisation rows: notices are recorded, and no mail is written or sent.
    activities: bindActivities([new LifecycleActivitiesService(dataSource, { publicBaseUrl: 'http://localhost' }, new MailDeliveries())]),
  });
  const handleOf = (m: MeasureLifecycleInput) => env.client.workflow.getHandle<typeof measureLifecycleWorkflow>(workflowIdOf(m));
  return {
    name: 'lifecycle',
    worker,
    async start(m) {
      await env.client.workflow.start(measureLifecycleWorkflow, { workflowId: workflowIdOf(m), taskQueue, args: [m] });
    },
    async act(m, type, args) {
      await handleOf(m).executeUpdate(lifecycleUpdates[type] as unknown as typeof lifecycleUpdates.submitPlan, { args: [args as LifecycleUpdateArgs<'submitPlan'>] });
    },
    async finish(m) {
      const done = await handleOf(m).result();
      if (done.status !== 'completed') throw new Error(`${m.measureId} ended ${done.status}, not completed`);
    },
    async dispose() {
      await dataSource.destroy();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The bare workflow: the same starts, Updates (same arguments) and timers, nothing else. */
async function startBaseline(env: TestWorkflowEnvironment): Promise<Contender> {
  const taskQueue = 'bench-baseline';
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await bundle(require.resolve('./baseline.workflow')),
  });
  const handleOf = (m: MeasureLifecycleInput) => env.client.workflow.getHandle<typeof bareBaselineWorkflow>(workflowIdOf(m));
  return {
    name: 'baseline',
    worker,
    async start(m) {
      await env.client.workflow.start(bareBaselineWorkflow, {
        workflowId: workflowIdOf(m),
        taskQueue,
        args: [{ timerMoments: timerMoments(m), actions: ACTIONS_PER_MEASURE }],
      });
    },
    async act(m, _type, args) {
      await handleOf(m).executeUpdate(baselineActionUpdate, { args: [args] });
    },
    async finish(m) {
      const handled = await handleOf(m).result();
      if (handled !== ACTIONS_PER_MEASURE) throw new Error(`${m.measureId} handled ${handled} actions, not ${ACTIONS_PER_MEASURE}`);
    },
    async dispose() {},
  };
}

/** The distinct moments the lifecycle's timers fire for a measure over its year. */
function timerMoments(m: MeasureLifecycleInput): number[] {
  const state = createLifecycleState({ workflowId: workflowIdOf(m), ...m });
  const agenda = lifecycleAgenda(state, { policy: m.policy, holidays: m.holidays, version: 2 });
  return [...new Set(agenda.map((item) => lifecycleMomentOf(item.date)))].sort((a, b) => a - b);
}

function measureInput(fiscalYearBe: number, no: number): MeasureLifecycleInput {
  return {
    organizationId: 'org-bench',
    fiscalYearBe,
    measureId: `m-${String(no).padStart(4, '0')}`,
    measureNo: no,
    title: `มาตรการที่ ${no} ส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง`,
    cadence: 'quarterly',
    ownerDivisionIds: ['d-finance'],
    stepDueDates: [],
    holidays: [],
    policy: DEFAULT_LIFECYCLE_POLICY,
  };
}

function sampleReport() {
  return { done: 'จัดอบรมเจ้าหน้าที่', results: 'ผู้เข้าร่วม ๓๐ คน', outcome: 'เจ้าหน้าที่เข้าใจแนวทาง', completion: 50, evidence: [], publishedOn: null };
}

function workflowIdOf(m: MeasureLifecycleInput): string {
  return measureLifecycleWorkflowId(m.organizationId, m.fiscalYearBe, m.measureId);
}

/** Lets the test server skip its clock to midday (Bangkok) of a day, firing every timer on the way. */
async function skipClockTo(env: TestWorkflowEnvironment, date: string): Promise<void> {
  const target = lifecycleMomentOf(date) + 4 * 3_600_000;
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
}

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();
function bundle(workflowsPath: string, bundlerOptions?: ReturnType<typeof workflowSource>['bundlerOptions']): Promise<WorkflowBundleWithSourceMap> {
  let made = bundles.get(workflowsPath);
  if (!made) {
    made = bundleWorkflowCode({ workflowsPath, ...bundlerOptions, logger: Runtime.instance().logger });
    bundles.set(workflowsPath, made);
  }
  return made;
}

/** Runs `work` for every item with at most `limit` in flight. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Samples the process's resident memory every 100 ms; `stop` returns the peak in bytes. */
function sampleMemory(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function parseOptions(argv: string[]): BenchOptions {
  const positive = (name: string) => (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number above 0, got "${value}"`);
    return n;
  };
  return new Command('bench:lifecycle')
    .option('--measures <n>', 'measures driven through the year', positive('--measures'), 200)
    .option('--concurrency <n>', 'actions in flight at once', positive('--concurrency'), 20)
    .option('--json', 'print one JSON line', false)
    .option('--phases', 'print the time each phase of the year ends at (stderr)', false)
    .parse(argv, { from: 'user' })
    .opts<BenchOptions>();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
