import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFiscalYearPolicy1795305887476 implements MigrationInterface {
  name = 'AddFiscalYearPolicy1795305887476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_9c5318af69617115d2d0575f19\"");
    await queryRunner.query("CREATE TABLE \"temporary_fiscal_years\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"year_be\" integer NOT NULL, \"cadence\" varchar(16) NOT NULL, \"archived\" boolean NOT NULL DEFAULT (0), \"policy\" text)");
    await queryRunner.query("INSERT INTO \"temporary_fiscal_years\"(\"id\", \"organization_id\", \"year_be\", \"cadence\", \"archived\") SELECT \"id\", \"organization_id\", \"year_be\", \"cadence\", \"archived\" FROM \"fiscal_years\"");
    await queryRunner.query("DROP TABLE \"fiscal_years\"");
    await queryRunner.query("ALTER TABLE \"temporary_fiscal_years\" RENAME TO \"fiscal_years\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9c5318af69617115d2d0575f19\" ON \"fiscal_years\" (\"organization_id\", \"year_be\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_9c5318af69617115d2d0575f19\"");
    await queryRunner.query("ALTER TABLE \"fiscal_years\" RENAME TO \"temporary_fiscal_years\"");
    await queryRunner.query("CREATE TABLE \"fiscal_years\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"year_be\" integer NOT NULL, \"cadence\" varchar(16) NOT NULL, \"archived\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"fiscal_years\"(\"id\", \"organization_id\", \"year_be\", \"cadence\", \"archived\") SELECT \"id\", \"organization_id\", \"year_be\", \"cadence\", \"archived\" FROM \"temporary_fiscal_years\"");
    await queryRunner.query("DROP TABLE \"temporary_fiscal_years\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9c5318af69617115d2d0575f19\" ON \"fiscal_years\" (\"organization_id\", \"year_be\") ");
  }
}
