import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LargeJsonColumns1795314822076 implements MigrationInterface {
  name = 'LargeJsonColumns1795314822076';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MODIFY, not the generated DROP + ADD: the rows keep their data. TEXT holds 64 KB — too little
    // for a year of a measure's events and reports, a digest, or a long document's import preview;
    // JSON is LONGTEXT on MariaDB.
    await queryRunner.query("ALTER TABLE `import_batches` MODIFY `preview` json NOT NULL");
    await queryRunner.query("ALTER TABLE `mail_outbox` MODIFY `input` json NOT NULL");
    await queryRunner.query("ALTER TABLE `measure_lifecycles` MODIFY `snapshot` json NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `measure_lifecycles` MODIFY `snapshot` text NOT NULL");
    await queryRunner.query("ALTER TABLE `mail_outbox` MODIFY `input` text NOT NULL");
    await queryRunner.query("ALTER TABLE `import_batches` MODIFY `preview` text NOT NULL");
  }
}
