import { DiagnosticRunEntity, migrateDatabase, MYSQL_MIGRATIONS, openDatabase, pendingMigrations, SQLITE_MIGRATIONS } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { createTestDatabase, DATABASE_KINDS, TestDatabase } from '../support/database-targets';

describe.each(DATABASE_KINDS)('the schema on %s', (kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });

  afterEach(async () => {
    await database.dispose();
  });

  it('is created by the migrations, and migrating again changes nothing', async () => {
    const firstRun = await migrateDatabase(database.target);
    const all = (kind === 'sqlite' ? SQLITE_MIGRATIONS : MYSQL_MIGRATIONS).map((migration) => new migration().name);
    expect(all[0]).toBe('CreateDiagnosticRuns1763760000000');
    expect(firstRun).toEqual(all);
    expect(await migrateDatabase(database.target)).toEqual([]);

    const dataSource = await openDatabase(database.target);
    try {
      expect(await pendingMigrations(dataSource)).toEqual([]);
      expect(await dataSource.createQueryRunner().hasTable('diagnostic_runs')).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });

  it('matches the entities exactly: TypeORM finds nothing to change', async () => {
    await migrateDatabase(database.target);
    const dataSource = await openDatabase(database.target);
    try {
      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps Thai text, and UTC times to the millisecond, exactly as written', async () => {
    await migrateDatabase(database.target);
    const dataSource = await openDatabase(database.target);
    try {
      const runs = dataSource.getRepository(DiagnosticRunEntity);
      const requestedAt = new Date('2025-03-31T17:30:05.123Z');
      await runs.save({ id: 'e5d1c2a0-0000-4000-8000-000000000001', status: 'completed', requestedAt, completedAt: requestedAt, completedBy: 'สำนักปลัด องค์การบริหารส่วนตำบลสมัย ๑๒๓' });
      const stored = await runs.findOneByOrFail({ id: 'e5d1c2a0-0000-4000-8000-000000000001' });
      expect(stored.completedBy).toBe('สำนักปลัด องค์การบริหารส่วนตำบลสมัย ๑๒๓');
      expect(stored.requestedAt.toISOString()).toBe('2025-03-31T17:30:05.123Z');
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be rolled back migration by migration', async () => {
    await migrateDatabase(database.target);
    const dataSource = await openDatabase(database.target);
    try {
      for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
      expect(await dataSource.createQueryRunner().hasTable('diagnostic_runs')).toBe(false);
      expect(await pendingMigrations(dataSource)).toHaveLength(dataSource.migrations.length);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('a MariaDB database created by Prongsai', () => {
  it('uses utf8mb4 so that every Thai character fits', async () => {
    const database = await createTestDatabase('mariadb');
    try {
      await migrateDatabase(database.target);
      const dataSource: DataSource = await openDatabase(database.target);
      try {
        const [schema] = await dataSource.query(
          'SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()',
        );
        const [table] = await dataSource.query(
          "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'diagnostic_runs'",
        );
        expect(schema.charset).toBe('utf8mb4');
        expect(table.collation).toMatch(/^utf8mb4_/);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.dispose();
    }
  });
});

describe('transactions on SQLite, which has a single connection', () => {
  it('wait for each other, so a failing one undoes only its own writes', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      await migrateDatabase(database.target);
      const dataSource = await openDatabase(database.target);
      try {
        const run = (id: string) => ({ id, status: 'started' as const, requestedAt: new Date(), completedAt: null, completedBy: null });
        const failing = dataSource.transaction(async (manager) => {
          await manager.insert(DiagnosticRunEntity, run('00000000-0000-4000-8000-00000000000a'));
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw new Error('this one fails');
        });
        const succeeding = dataSource.transaction(async (manager) => {
          await manager.insert(DiagnosticRunEntity, run('00000000-0000-4000-8000-00000000000b'));
        });
        await expect(failing).rejects.toThrow('this one fails');
        await succeeding;
        const ids = (await dataSource.getRepository(DiagnosticRunEntity).find()).map((stored) => stored.id);
        expect(ids).toEqual(['00000000-0000-4000-8000-00000000000b']);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.dispose();
    }
  });
});
