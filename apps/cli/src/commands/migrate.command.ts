import type { Command } from 'commander';
import { loadConfig } from '@prongsai/config';
import { migrateDatabase } from '@prongsai/persistence';

/** `prongsai migrate`: applies the pending database migrations. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (SQLite or MySQL, from DATABASE_URL)')
    .action(async () => {
      const config = loadConfig();
      const applied = await migrateDatabase(config.database);
      process.stdout.write(applied.length === 0 ? 'database schema is up to date\n' : `applied: ${applied.join(', ')}\n`);
    });
}
