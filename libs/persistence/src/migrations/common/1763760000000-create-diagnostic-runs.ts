import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class CreateDiagnosticRuns1763760000000 implements MigrationInterface {
  name = 'CreateDiagnosticRuns1763760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'diagnostic_runs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'requested_at', type: 'datetime', precision: 3 },
          { name: 'completed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'completed_by', type: 'varchar', length: '255', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('diagnostic_runs');
  }
}
