import type { Command } from 'commander';
import { OrganizationEntity } from '@prongsai/persistence';
import { withDatabase } from '../with-database';

/** `prongsai org list [--json]`. */
export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('organisations served by this installation');
  org
    .command('list')
    .description('list organisations: code, name, district, province')
    .option('--json', 'print [{"code","name","district","province"}]')
    .action(async (options: { json?: boolean }) => {
      const organizations = await withDatabase((dataSource) => dataSource.getRepository(OrganizationEntity).find({ order: { code: 'ASC' } }));
      const rows = organizations.map(({ code, name, district, province }) => ({ code, name, district, province }));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      if (rows.length === 0) process.stdout.write('no organisations yet (prongsai import FILE or prongsai demo creates one)\n');
      for (const row of rows) process.stdout.write(`${row.code}\t${row.name}\t${row.district}\t${row.province}\n`);
    });
}
