import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLifecycleReadModel1795305171805 implements MigrationInterface {
  name = 'CreateLifecycleReadModel1795305171805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `lifecycle_notifications` (`idempotency_key` varchar(300) NOT NULL, `organization_id` varchar(36) NOT NULL, `measure_id` varchar(36) NOT NULL, `kind` varchar(32) NOT NULL, `notification` text NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_71a4a0bfa6751aaacb3f1a481f` (`organization_id`, `created_at`), PRIMARY KEY (`idempotency_key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `measure_lifecycles` (`workflow_id` varchar(200) NOT NULL, `organization_id` varchar(36) NOT NULL, `fiscal_year_be` int NOT NULL, `measure_id` varchar(36) NOT NULL, `revision` int NOT NULL, `status` varchar(32) NOT NULL, `snapshot` text NOT NULL, `updated_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_8f0bdf6e791e7fd56bee2c8303` (`measure_id`), INDEX `IDX_890bd8f4fdfc87fc73fb779b7c` (`organization_id`, `fiscal_year_be`), PRIMARY KEY (`workflow_id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_890bd8f4fdfc87fc73fb779b7c` ON `measure_lifecycles`");
    await queryRunner.query("DROP INDEX `IDX_8f0bdf6e791e7fd56bee2c8303` ON `measure_lifecycles`");
    await queryRunner.query("DROP TABLE `measure_lifecycles`");
    await queryRunner.query("DROP INDEX `IDX_71a4a0bfa6751aaacb3f1a481f` ON `lifecycle_notifications`");
    await queryRunner.query("DROP TABLE `lifecycle_notifications`");
  }
}
