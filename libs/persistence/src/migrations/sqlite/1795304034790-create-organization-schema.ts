import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizationSchema1795304034790 implements MigrationInterface {
  name = 'CreateOrganizationSchema1795304034790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"divisions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"name\" varchar(255) NOT NULL, \"head_person_id\" varchar(36), \"sort_order\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e841905de995352a7f7a443584\" ON \"divisions\" (\"organization_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"fiscal_years\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"year_be\" integer NOT NULL, \"cadence\" varchar(16) NOT NULL, \"archived\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9c5318af69617115d2d0575f19\" ON \"fiscal_years\" (\"organization_id\", \"year_be\") ");
    await queryRunner.query("CREATE TABLE \"holidays\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"date\" varchar(10) NOT NULL, \"name_th\" varchar(255) NOT NULL, \"name_en\" varchar(255) NOT NULL DEFAULT (''))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_911f564a927d1048448142fb5d\" ON \"holidays\" (\"organization_id\", \"date\") ");
    await queryRunner.query("CREATE TABLE \"import_batches\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"preview\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"ita_catalog_entries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"tool\" varchar(8) NOT NULL, \"code\" varchar(32) NOT NULL, \"indicator_no\" integer, \"title\" varchar(500) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_22e78e95aa65fc275dd0184db0\" ON \"ita_catalog_entries\" (\"organization_id\", \"fiscal_year_be\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"measure_steps\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"text\" text NOT NULL, \"owner_division_id\" varchar(36), \"due_date\" varchar(10))");
    await queryRunner.query("CREATE TABLE \"measures\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"no\" integer NOT NULL, \"title\" text NOT NULL, \"issue_to_improve\" text, \"indicator_no\" integer, \"item_codes\" text NOT NULL, \"all_divisions\" boolean NOT NULL DEFAULT (0), \"period_start\" varchar(10), \"period_end\" varchar(10), \"period_text\" varchar(500), \"monitoring_rule\" text, \"expected_outcome\" text, \"summary\" text, \"outcome\" text, \"evidence\" text NOT NULL, \"status\" varchar(32) NOT NULL DEFAULT ('draft'), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a857353c7acb219a864e78392f\" ON \"measures\" (\"organization_id\", \"fiscal_year_be\", \"no\") ");
    await queryRunner.query("CREATE TABLE \"measure_owners\" (\"measure_id\" varchar(36) NOT NULL, \"division_id\" varchar(36) NOT NULL, \"role\" varchar(16) NOT NULL, PRIMARY KEY (\"measure_id\", \"division_id\"))");
    await queryRunner.query("CREATE TABLE \"organizations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"type\" varchar(32) NOT NULL, \"name\" varchar(255) NOT NULL, \"district\" varchar(255) NOT NULL DEFAULT (''), \"province\" varchar(255) NOT NULL DEFAULT (''), \"website\" varchar(500) NOT NULL DEFAULT (''), \"phone\" varchar(64) NOT NULL DEFAULT (''), \"numeral_style\" varchar(8) NOT NULL DEFAULT ('thai'), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_7e27c3b62c681fbe3e2322535f2\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"people\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"email\" varchar(255) NOT NULL, \"display_name\" varchar(255) NOT NULL, \"position\" varchar(255) NOT NULL DEFAULT (''), \"role\" varchar(32) NOT NULL, \"division_id\" varchar(36), \"province\" varchar(255), \"password_hash\" varchar(255) NOT NULL, \"must_change_password\" boolean NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"language\" varchar(2) NOT NULL DEFAULT ('th'), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c77e8752faa45901af2b245dff2\" UNIQUE (\"email\"))");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"person_id\" varchar(36) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_abaa9e068cdd390bc5210f7988\" ON \"sessions\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"temporary_measure_steps\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"text\" text NOT NULL, \"owner_division_id\" varchar(36), \"due_date\" varchar(10), CONSTRAINT \"FK_f149b2f68c8af99563a06afeea2\" FOREIGN KEY (\"measure_id\") REFERENCES \"measures\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_measure_steps\"(\"id\", \"measure_id\", \"position\", \"text\", \"owner_division_id\", \"due_date\") SELECT \"id\", \"measure_id\", \"position\", \"text\", \"owner_division_id\", \"due_date\" FROM \"measure_steps\"");
    await queryRunner.query("DROP TABLE \"measure_steps\"");
    await queryRunner.query("ALTER TABLE \"temporary_measure_steps\" RENAME TO \"measure_steps\"");
    await queryRunner.query("CREATE TABLE \"temporary_measure_owners\" (\"measure_id\" varchar(36) NOT NULL, \"division_id\" varchar(36) NOT NULL, \"role\" varchar(16) NOT NULL, CONSTRAINT \"FK_5a9de88d7c61c7d48a787012c38\" FOREIGN KEY (\"measure_id\") REFERENCES \"measures\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"measure_id\", \"division_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_measure_owners\"(\"measure_id\", \"division_id\", \"role\") SELECT \"measure_id\", \"division_id\", \"role\" FROM \"measure_owners\"");
    await queryRunner.query("DROP TABLE \"measure_owners\"");
    await queryRunner.query("ALTER TABLE \"temporary_measure_owners\" RENAME TO \"measure_owners\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"measure_owners\" RENAME TO \"temporary_measure_owners\"");
    await queryRunner.query("CREATE TABLE \"measure_owners\" (\"measure_id\" varchar(36) NOT NULL, \"division_id\" varchar(36) NOT NULL, \"role\" varchar(16) NOT NULL, PRIMARY KEY (\"measure_id\", \"division_id\"))");
    await queryRunner.query("INSERT INTO \"measure_owners\"(\"measure_id\", \"division_id\", \"role\") SELECT \"measure_id\", \"division_id\", \"role\" FROM \"temporary_measure_owners\"");
    await queryRunner.query("DROP TABLE \"temporary_measure_owners\"");
    await queryRunner.query("ALTER TABLE \"measure_steps\" RENAME TO \"temporary_measure_steps\"");
    await queryRunner.query("CREATE TABLE \"measure_steps\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"text\" text NOT NULL, \"owner_division_id\" varchar(36), \"due_date\" varchar(10))");
    await queryRunner.query("INSERT INTO \"measure_steps\"(\"id\", \"measure_id\", \"position\", \"text\", \"owner_division_id\", \"due_date\") SELECT \"id\", \"measure_id\", \"position\", \"text\", \"owner_division_id\", \"due_date\" FROM \"temporary_measure_steps\"");
    await queryRunner.query("DROP TABLE \"temporary_measure_steps\"");
    await queryRunner.query("DROP INDEX \"IDX_abaa9e068cdd390bc5210f7988\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP TABLE \"people\"");
    await queryRunner.query("DROP TABLE \"organizations\"");
    await queryRunner.query("DROP TABLE \"measure_owners\"");
    await queryRunner.query("DROP INDEX \"IDX_a857353c7acb219a864e78392f\"");
    await queryRunner.query("DROP TABLE \"measures\"");
    await queryRunner.query("DROP TABLE \"measure_steps\"");
    await queryRunner.query("DROP INDEX \"IDX_22e78e95aa65fc275dd0184db0\"");
    await queryRunner.query("DROP TABLE \"ita_catalog_entries\"");
    await queryRunner.query("DROP TABLE \"import_batches\"");
    await queryRunner.query("DROP INDEX \"IDX_911f564a927d1048448142fb5d\"");
    await queryRunner.query("DROP TABLE \"holidays\"");
    await queryRunner.query("DROP INDEX \"IDX_9c5318af69617115d2d0575f19\"");
    await queryRunner.query("DROP TABLE \"fiscal_years\"");
    await queryRunner.query("DROP INDEX \"IDX_e841905de995352a7f7a443584\"");
    await queryRunner.query("DROP TABLE \"divisions\"");
  }
}
