import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRoundReports1795314892682 implements MigrationInterface {
  name = 'CreateRoundReports1795314892682';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"round_reports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"round\" varchar(8) NOT NULL, \"version\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"missing_measures\" text NOT NULL, \"comment\" varchar(2000), \"compiled_by_person_id\" varchar(36) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"decided_by_person_id\" varchar(36), \"decided_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_97ab214ea9b9a77ec3ba86a5a4\" ON \"round_reports\" (\"organization_id\", \"fiscal_year_be\", \"round\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"round_report_files\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"round_report_id\" varchar(36) NOT NULL, \"format\" varchar(8) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"sha256\" varchar(64) NOT NULL, \"size_bytes\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a33967411f871f6e27e89529cd\" ON \"round_report_files\" (\"round_report_id\", \"format\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_a33967411f871f6e27e89529cd\"");
    await queryRunner.query("DROP TABLE \"round_report_files\"");
    await queryRunner.query("DROP INDEX \"IDX_97ab214ea9b9a77ec3ba86a5a4\"");
    await queryRunner.query("DROP TABLE \"round_reports\"");
  }
}
