import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLifecycleReadModel1795305171805 implements MigrationInterface {
  name = 'CreateLifecycleReadModel1795305171805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lifecycle_notifications\" (\"idempotency_key\" varchar(300) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"kind\" varchar(32) NOT NULL, \"notification\" text NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_71a4a0bfa6751aaacb3f1a481f\" ON \"lifecycle_notifications\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"measure_lifecycles\" (\"workflow_id\" varchar(200) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"snapshot\" text NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\" ON \"measure_lifecycles\" (\"measure_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\" ON \"measure_lifecycles\" (\"organization_id\", \"fiscal_year_be\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\"");
    await queryRunner.query("DROP INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\"");
    await queryRunner.query("DROP TABLE \"measure_lifecycles\"");
    await queryRunner.query("DROP INDEX \"IDX_71a4a0bfa6751aaacb3f1a481f\"");
    await queryRunner.query("DROP TABLE \"lifecycle_notifications\"");
  }
}
