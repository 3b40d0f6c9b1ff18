import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizationSchema1795304034790 implements MigrationInterface {
  name = 'CreateOrganizationSchema1795304034790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `divisions` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `name` varchar(255) NOT NULL, `head_person_id` varchar(36) NULL, `sort_order` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_e841905de995352a7f7a443584` (`organization_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `fiscal_years` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `year_be` int NOT NULL, `cadence` varchar(16) NOT NULL, `archived` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `IDX_9c5318af69617115d2d0575f19` (`organization_id`, `year_be`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `holidays` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `date` varchar(10) NOT NULL, `name_th` varchar(255) NOT NULL, `name_en` varchar(255) NOT NULL DEFAULT '', UNIQUE INDEX `IDX_911f564a927d1048448142fb5d` (`organization_id`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `import_batches` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NULL, `created_by` varchar(36) NOT NULL, `file_name` varchar(255) NOT NULL, `preview` text NOT NULL, `status` varchar(16) NOT NULL, `created_at` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ita_catalog_entries` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `fiscal_year_be` int NOT NULL, `kind` varchar(16) NOT NULL, `tool` varchar(8) NOT NULL, `code` varchar(32) NOT NULL, `indicator_no` int NULL, `title` varchar(500) NOT NULL, UNIQUE INDEX `IDX_22e78e95aa65fc275dd0184db0` (`organization_id`, `fiscal_year_be`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `measure_steps` (`id` varchar(36) NOT NULL, `measure_id` varchar(36) NOT NULL, `position` int NOT NULL, `text` text NOT NULL, `owner_division_id` varchar(36) NULL, `due_date` varchar(10) NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `measures` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `fiscal_year_be` int NOT NULL, `no` int NOT NULL, `title` text NOT NULL, `issue_to_improve` text NULL, `indicator_no` int NULL, `item_codes` text NOT NULL, `all_divisions` tinyint NOT NULL DEFAULT 0, `period_start` varchar(10) NULL, `period_end` varchar(10) NULL, `period_text` varchar(500) NULL, `monitoring_rule` text NULL, `expected_outcome` text NULL, `summary` text NULL, `outcome` text NULL, `evidence` text NOT NULL, `status` varchar(32) NOT NULL DEFAULT 'draft', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL, UNIQUE INDEX `IDX_a857353c7acb219a864e78392f` (`organization_id`, `fiscal_year_be`, `no`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `measure_owners` (`measure_id` varchar(36) NOT NULL, `division_id` varchar(36) NOT NULL, `role` varchar(16) NOT NULL, PRIMARY KEY (`measure_id`, `division_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `organizations` (`id` varchar(36) NOT NULL, `code` varchar(32) NOT NULL, `type` varchar(32) NOT NULL, `name` varchar(255) NOT NULL, `district` varchar(255) NOT NULL DEFAULT '', `province` varchar(255) NOT NULL DEFAULT '', `website` varchar(500) NOT NULL DEFAULT '', `phone` varchar(64) NOT NULL DEFAULT '', `numeral_style` varchar(8) NOT NULL DEFAULT 'thai', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_7e27c3b62c681fbe3e2322535f` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `people` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NULL, `email` varchar(255) NOT NULL, `display_name` varchar(255) NOT NULL, `position` varchar(255) NOT NULL DEFAULT '', `role` varchar(32) NOT NULL, `division_id` varchar(36) NULL, `province` varchar(255) NULL, `password_hash` varchar(255) NOT NULL, `must_change_password` tinyint NOT NULL DEFAULT 0, `active` tinyint NOT NULL DEFAULT 1, `language` varchar(2) NOT NULL DEFAULT 'th', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_c77e8752faa45901af2b245dff` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sessions` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `person_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_abaa9e068cdd390bc5210f7988` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `measure_steps` ADD CONSTRAINT `FK_f149b2f68c8af99563a06afeea2` FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `measure_owners` ADD CONSTRAINT `FK_5a9de88d7c61c7d48a787012c38` FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `measure_owners` DROP FOREIGN KEY `FK_5a9de88d7c61c7d48a787012c38`");
    await queryRunner.query("ALTER TABLE `measure_steps` DROP FOREIGN KEY `FK_f149b2f68c8af99563a06afeea2`");
    await queryRunner.query("DROP INDEX `IDX_abaa9e068cdd390bc5210f7988` ON `sessions`");
    await queryRunner.query("DROP TABLE `sessions`");
    await queryRunner.query("DROP INDEX `IDX_c77e8752faa45901af2b245dff` ON `people`");
    await queryRunner.query("DROP TABLE `people`");
    await queryRunner.query("DROP INDEX `IDX_7e27c3b62c681fbe3e2322535f` ON `organizations`");
    await queryRunner.query("DROP TABLE `organizations`");
    await queryRunner.query("DROP TABLE `measure_owners`");
    await queryRunner.query("DROP INDEX `IDX_a857353c7acb219a864e78392f` ON `measures`");
    await queryRunner.query("DROP TABLE `measures`");
    await queryRunner.query("DROP TABLE `measure_steps`");
    await queryRunner.query("DROP INDEX `IDX_22e78e95aa65fc275dd0184db0` ON `ita_catalog_entries`");
    await queryRunner.query("DROP TABLE `ita_catalog_entries`");
    await queryRunner.query("DROP TABLE `import_batches`");
    await queryRunner.query("DROP INDEX `IDX_911f564a927d1048448142fb5d` ON `holidays`");
    await queryRunner.query("DROP TABLE `holidays`");
    await queryRunner.query("DROP INDEX `IDX_9c5318af69617115d2d0575f19` ON `fiscal_years`");
    await queryRunner.query("DROP TABLE `fiscal_years`");
    await queryRunner.query("DROP INDEX `IDX_e841905de995352a7f7a443584` ON `divisions`");
    await queryRunner.query("DROP TABLE `divisions`");
  }
}
