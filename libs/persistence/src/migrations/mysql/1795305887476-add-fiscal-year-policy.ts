import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFiscalYearPolicy1795305887476 implements MigrationInterface {
  name = 'AddFiscalYearPolicy1795305887476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `fiscal_years` ADD `policy` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `fiscal_years` DROP COLUMN `policy`");
  }
}
