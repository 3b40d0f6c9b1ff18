import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvidenceFiles1795310646297 implements MigrationInterface {
  name = 'CreateEvidenceFiles1795310646297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evidence_files` (`id` varchar(36) NOT NULL, `organization_id` varchar(36) NOT NULL, `sha256` varchar(64) NOT NULL, `file_name` varchar(255) NOT NULL, `media_type` varchar(127) NOT NULL, `size_bytes` int NOT NULL, `uploaded_by_person_id` varchar(36) NOT NULL, `uploaded_at` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `evidence_files`");
  }
}
