import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LargeJsonColumns1795314822076 implements MigrationInterface {
  name = 'LargeJsonColumns1795314822076';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_import_batches\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"preview\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_import_batches\"(\"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\") SELECT \"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\" FROM \"import_batches\"");
    await queryRunner.query("DROP TABLE \"import_batches\"");
    await queryRunner.query("ALTER TABLE \"temporary_import_batches\" RENAME TO \"import_batches\"");
    await queryRunner.query("DROP INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\"");
    await queryRunner.query("DROP INDEX \"IDX_fdcc9a9fae0784a11963ea218a\"");
    await queryRunner.query("DROP INDEX \"IDX_13dc5f898f467c89c384c1dc6d\"");
    await queryRunner.query("CREATE TABLE \"temporary_mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(255) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"recipient_person_id\" varchar(36) NOT NULL, \"recipient_email\" varchar(255) NOT NULL, \"standing_in_for_person_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"measure_id\" varchar(36), \"period_key\" varchar(32), \"subject\" varchar(500) NOT NULL, \"input\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"transport\" varchar(16), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(1000), \"message_id\" varchar(255), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"temporary_mail_outbox\"(\"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\") SELECT \"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\" FROM \"mail_outbox\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
    await queryRunner.query("ALTER TABLE \"temporary_mail_outbox\" RENAME TO \"mail_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\" ON \"mail_outbox\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fdcc9a9fae0784a11963ea218a\" ON \"mail_outbox\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_13dc5f898f467c89c384c1dc6d\" ON \"mail_outbox\" (\"idempotency_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\"");
    await queryRunner.query("DROP INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\"");
    await queryRunner.query("CREATE TABLE \"temporary_measure_lifecycles\" (\"workflow_id\" varchar(200) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"snapshot\" text NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_measure_lifecycles\"(\"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\") SELECT \"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\" FROM \"measure_lifecycles\"");
    await queryRunner.query("DROP TABLE \"measure_lifecycles\"");
    await queryRunner.query("ALTER TABLE \"temporary_measure_lifecycles\" RENAME TO \"measure_lifecycles\"");
    await queryRunner.query("CREATE INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\" ON \"measure_lifecycles\" (\"organization_id\", \"fiscal_year_be\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\" ON \"measure_lifecycles\" (\"measure_id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_import_batches\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"preview\" json NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_import_batches\"(\"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\") SELECT \"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\" FROM \"import_batches\"");
    await queryRunner.query("DROP TABLE \"import_batches\"");
    await queryRunner.query("ALTER TABLE \"temporary_import_batches\" RENAME TO \"import_batches\"");
    await queryRunner.query("DROP INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\"");
    await queryRunner.query("DROP INDEX \"IDX_fdcc9a9fae0784a11963ea218a\"");
    await queryRunner.query("DROP INDEX \"IDX_13dc5f898f467c89c384c1dc6d\"");
    await queryRunner.query("CREATE TABLE \"temporary_mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(255) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"recipient_person_id\" varchar(36) NOT NULL, \"recipient_email\" varchar(255) NOT NULL, \"standing_in_for_person_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"measure_id\" varchar(36), \"period_key\" varchar(32), \"subject\" varchar(500) NOT NULL, \"input\" json NOT NULL, \"status\" varchar(16) NOT NULL, \"transport\" varchar(16), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(1000), \"message_id\" varchar(255), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"temporary_mail_outbox\"(\"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\") SELECT \"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\" FROM \"mail_outbox\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
    await queryRunner.query("ALTER TABLE \"temporary_mail_outbox\" RENAME TO \"mail_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\" ON \"mail_outbox\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fdcc9a9fae0784a11963ea218a\" ON \"mail_outbox\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_13dc5f898f467c89c384c1dc6d\" ON \"mail_outbox\" (\"idempotency_key\") ");
    await queryRunner.query("DROP INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\"");
    await queryRunner.query("DROP INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\"");
    await queryRunner.query("CREATE TABLE \"temporary_measure_lifecycles\" (\"workflow_id\" varchar(200) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"snapshot\" json NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_measure_lifecycles\"(\"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\") SELECT \"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\" FROM \"measure_lifecycles\"");
    await queryRunner.query("DROP TABLE \"measure_lifecycles\"");
    await queryRunner.query("ALTER TABLE \"temporary_measure_lifecycles\" RENAME TO \"measure_lifecycles\"");
    await queryRunner.query("CREATE INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\" ON \"measure_lifecycles\" (\"organization_id\", \"fiscal_year_be\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\" ON \"measure_lifecycles\" (\"measure_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\"");
    await queryRunner.query("DROP INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\"");
    await queryRunner.query("ALTER TABLE \"measure_lifecycles\" RENAME TO \"temporary_measure_lifecycles\"");
    await queryRunner.query("CREATE TABLE \"measure_lifecycles\" (\"workflow_id\" varchar(200) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"snapshot\" text NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"measure_lifecycles\"(\"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\") SELECT \"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\" FROM \"temporary_measure_lifecycles\"");
    await queryRunner.query("DROP TABLE \"temporary_measure_lifecycles\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\" ON \"measure_lifecycles\" (\"measure_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\" ON \"measure_lifecycles\" (\"organization_id\", \"fiscal_year_be\") ");
    await queryRunner.query("DROP INDEX \"IDX_13dc5f898f467c89c384c1dc6d\"");
    await queryRunner.query("DROP INDEX \"IDX_fdcc9a9fae0784a11963ea218a\"");
    await queryRunner.query("DROP INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" RENAME TO \"temporary_mail_outbox\"");
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(255) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"recipient_person_id\" varchar(36) NOT NULL, \"recipient_email\" varchar(255) NOT NULL, \"standing_in_for_person_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"measure_id\" varchar(36), \"period_key\" varchar(32), \"subject\" varchar(500) NOT NULL, \"input\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"transport\" varchar(16), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(1000), \"message_id\" varchar(255), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"mail_outbox\"(\"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\") SELECT \"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\" FROM \"temporary_mail_outbox\"");
    await queryRunner.query("DROP TABLE \"temporary_mail_outbox\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_13dc5f898f467c89c384c1dc6d\" ON \"mail_outbox\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fdcc9a9fae0784a11963ea218a\" ON \"mail_outbox\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\" ON \"mail_outbox\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"import_batches\" RENAME TO \"temporary_import_batches\"");
    await queryRunner.query("CREATE TABLE \"import_batches\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"preview\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"import_batches\"(\"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\") SELECT \"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\" FROM \"temporary_import_batches\"");
    await queryRunner.query("DROP TABLE \"temporary_import_batches\"");
    await queryRunner.query("DROP INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\"");
    await queryRunner.query("DROP INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\"");
    await queryRunner.query("ALTER TABLE \"measure_lifecycles\" RENAME TO \"temporary_measure_lifecycles\"");
    await queryRunner.query("CREATE TABLE \"measure_lifecycles\" (\"workflow_id\" varchar(200) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"fiscal_year_be\" integer NOT NULL, \"measure_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"snapshot\" text NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"measure_lifecycles\"(\"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\") SELECT \"workflow_id\", \"organization_id\", \"fiscal_year_be\", \"measure_id\", \"revision\", \"status\", \"snapshot\", \"updated_at\" FROM \"temporary_measure_lifecycles\"");
    await queryRunner.query("DROP TABLE \"temporary_measure_lifecycles\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8f0bdf6e791e7fd56bee2c8303\" ON \"measure_lifecycles\" (\"measure_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_890bd8f4fdfc87fc73fb779b7c\" ON \"measure_lifecycles\" (\"organization_id\", \"fiscal_year_be\") ");
    await queryRunner.query("DROP INDEX \"IDX_13dc5f898f467c89c384c1dc6d\"");
    await queryRunner.query("DROP INDEX \"IDX_fdcc9a9fae0784a11963ea218a\"");
    await queryRunner.query("DROP INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\"");
    await queryRunner.query("ALTER TABLE \"mail_outbox\" RENAME TO \"temporary_mail_outbox\"");
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(255) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"recipient_person_id\" varchar(36) NOT NULL, \"recipient_email\" varchar(255) NOT NULL, \"standing_in_for_person_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"measure_id\" varchar(36), \"period_key\" varchar(32), \"subject\" varchar(500) NOT NULL, \"input\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"transport\" varchar(16), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(1000), \"message_id\" varchar(255), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"mail_outbox\"(\"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\") SELECT \"id\", \"idempotency_key\", \"organization_id\", \"recipient_person_id\", \"recipient_email\", \"standing_in_for_person_id\", \"kind\", \"measure_id\", \"period_key\", \"subject\", \"input\", \"status\", \"transport\", \"attempts\", \"last_error\", \"message_id\", \"created_at\", \"sent_at\" FROM \"temporary_mail_outbox\"");
    await queryRunner.query("DROP TABLE \"temporary_mail_outbox\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_13dc5f898f467c89c384c1dc6d\" ON \"mail_outbox\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fdcc9a9fae0784a11963ea218a\" ON \"mail_outbox\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\" ON \"mail_outbox\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"import_batches\" RENAME TO \"temporary_import_batches\"");
    await queryRunner.query("CREATE TABLE \"import_batches\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"file_name\" varchar(255) NOT NULL, \"preview\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"import_batches\"(\"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\") SELECT \"id\", \"organization_id\", \"created_by\", \"file_name\", \"preview\", \"status\", \"created_at\" FROM \"temporary_import_batches\"");
    await queryRunner.query("DROP TABLE \"temporary_import_batches\"");
  }
}
