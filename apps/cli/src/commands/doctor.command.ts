import type { Command } from 'commander';
import { doctorChecks } from '../doctor/checks';
import { firstLine, type CheckOutcome } from '../doctor/check';

const MARKS: Record<CheckOutcome['status'], string> = { ok: '✓', warn: '!', fail: '✗' };

/** `prongsai doctor`: checks each dependency and says what is missing and how to fix it. */
export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check every dependency (Node.js, configuration, database, Temporal, mail, test tools) and say how to fix what is missing')
    .action(async () => {
      let failed = 0;
      for (const check of doctorChecks()) {
        const outcome = await check.run().catch((error: unknown): CheckOutcome => ({ status: 'fail', detail: firstLine(error), fix: 'report this as a bug' }));
        process.stdout.write(`${MARKS[outcome.status]} ${check.name.padEnd(14)} ${outcome.detail}\n`);
        if (outcome.status !== 'ok') process.stdout.write(`  ${' '.repeat(14)} → ${outcome.fix}\n`);
        if (outcome.status === 'fail') failed += 1;
      }
      process.stdout.write(failed === 0 ? '\nProngsai can run here.\n' : `\n${failed} problem(s) to fix before Prongsai can run.\n`);
      process.exitCode = failed === 0 ? 0 : 1;
    });
}
