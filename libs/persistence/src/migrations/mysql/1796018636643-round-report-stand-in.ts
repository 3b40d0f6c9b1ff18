import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who a stand-in decided a round report for. */
export class RoundReportStandIn1796018636643 implements MigrationInterface {
  name = 'RoundReportStandIn1796018636643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `round_reports` ADD `decided_on_behalf_of_person_id` varchar(36) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `round_reports` DROP COLUMN `decided_on_behalf_of_person_id`");
  }
}
