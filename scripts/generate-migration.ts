/**
 * Writes the SQL that brings a database migrated to the current migrations in line with the
 * entities, as a migration for SQLite and one for MySQL (n8n's layout: migrations/{sqlite,mysql}).
 *
 *   npm run migration:generate -- CreateSomething
 *
 * Run from the build (dist/scripts), it writes into the sources. It needs a MariaDB/MySQL server to diff against (TEST_MYSQL_URL, default root@127.0.0.1:3306);
 * a throwaway database is created and dropped. Review the files, add them to each index.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDatabaseUrl, type DatabaseTarget } from '@prongsai/config';
import { migrateDatabase, openDatabase, prepareDatabaseLocation } from '@prongsai/persistence';
import { createConnection } from 'mysql2/promise';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration PascalCaseName');
  const timestamp = Date.now();
  const server = (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
  const mysqlDb = `prongsai_generate_${timestamp}`;
  const targets: [string, DatabaseTarget][] = [
    ['sqlite', { kind: 'sqlite', file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-gen-')), 'db.sqlite') }],
    ['mysql', parseDatabaseUrl(`${server}/${mysqlDb}`, os.tmpdir())],
  ];
  try {
    for (const [folder, unprepared] of targets) {
      const target = await prepareDatabaseLocation(unprepared);
      await migrateDatabase(target);
      const dataSource = await openDatabase(target);
      const sql = await dataSource.driver.createSchemaBuilder().log();
      await dataSource.destroy();
      if (sql.upQueries.length === 0) {
        process.stdout.write(`${folder}: the schema already matches the entities\n`);
        continue;
      }
      const file = path.join(__dirname, '../../libs/persistence/src/migrations', folder, `${timestamp}-${kebab(name)}.ts`);
      fs.writeFileSync(file, render(`${name}${timestamp}`, sql.upQueries, [...sql.downQueries].reverse()));
      process.stdout.write(`${folder}: wrote ${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    const url = new URL(server);
    const connection = await createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username) || 'root', password: decodeURIComponent(url.password) });
    await connection.query(`DROP DATABASE IF EXISTS \`${mysqlDb}\``);
    await connection.end();
  }
}

function render(className: string, up: { query: string; parameters?: unknown[] }[], down: { query: string; parameters?: unknown[] }[]): string {
  const lines = (queries: typeof up) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
