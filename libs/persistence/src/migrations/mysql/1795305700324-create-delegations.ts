import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDelegations1795305700324 implements MigrationInterface {
  name = 'CreateDelegations1795305700324';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `delegations` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `delegator_person_id` varchar(36) NOT NULL, `delegate_person_id` varchar(36) NOT NULL, `starts_on` varchar(10) NOT NULL, `ends_on` varchar(10) NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_ab0b43f21ec81c6df595cb6544` (`organization_id`, `delegate_person_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_ab0b43f21ec81c6df595cb6544` ON `delegations`");
    await queryRunner.query("DROP TABLE `delegations`");
  }
}
