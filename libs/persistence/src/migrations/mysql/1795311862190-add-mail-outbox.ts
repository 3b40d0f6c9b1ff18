import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMailOutbox1795311862190 implements MigrationInterface {
  name = 'AddMailOutbox1795311862190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `mail_outbox` (`id` varchar(36) NOT NULL, `idempotency_key` varchar(255) NOT NULL, `organization_id` varchar(36) NOT NULL, `recipient_person_id` varchar(36) NOT NULL, `recipient_email` varchar(255) NOT NULL, `standing_in_for_person_id` varchar(36) NULL, `kind` varchar(32) NOT NULL, `measure_id` varchar(36) NULL, `period_key` varchar(32) NULL, `subject` varchar(500) NOT NULL, `input` text NOT NULL, `status` varchar(16) NOT NULL, `transport` varchar(16) NULL, `attempts` int NOT NULL DEFAULT '0', `last_error` varchar(1000) NULL, `message_id` varchar(255) NULL, `created_at` datetime(3) NOT NULL, `sent_at` datetime(3) NULL, UNIQUE INDEX `IDX_13dc5f898f467c89c384c1dc6d` (`idempotency_key`), INDEX `IDX_fdcc9a9fae0784a11963ea218a` (`status`, `created_at`), INDEX `IDX_23ffa1d654e5b466bb95f4daa9` (`organization_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `people` ADD `mail_preference` varchar(16) NOT NULL DEFAULT 'immediate'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `people` DROP COLUMN `mail_preference`");
    await queryRunner.query("DROP INDEX `IDX_23ffa1d654e5b466bb95f4daa9` ON `mail_outbox`");
    await queryRunner.query("DROP INDEX `IDX_fdcc9a9fae0784a11963ea218a` ON `mail_outbox`");
    await queryRunner.query("DROP INDEX `IDX_13dc5f898f467c89c384c1dc6d` ON `mail_outbox`");
    await queryRunner.query("DROP TABLE `mail_outbox`");
  }
}
