import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMailOutbox1795311862190 implements MigrationInterface {
  name = 'AddMailOutbox1795311862190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(255) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"recipient_person_id\" varchar(36) NOT NULL, \"recipient_email\" varchar(255) NOT NULL, \"standing_in_for_person_id\" varchar(36), \"kind\" varchar(32) NOT NULL, \"measure_id\" varchar(36), \"period_key\" varchar(32), \"subject\" varchar(500) NOT NULL, \"input\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"transport\" varchar(16), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" varchar(1000), \"message_id\" varchar(255), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_13dc5f898f467c89c384c1dc6d\" ON \"mail_outbox\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fdcc9a9fae0784a11963ea218a\" ON \"mail_outbox\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\" ON \"mail_outbox\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"temporary_people\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"email\" varchar(255) NOT NULL, \"display_name\" varchar(255) NOT NULL, \"position\" varchar(255) NOT NULL DEFAULT (''), \"role\" varchar(32) NOT NULL, \"division_id\" varchar(36), \"province\" varchar(255), \"password_hash\" varchar(255) NOT NULL, \"must_change_password\" boolean NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"language\" varchar(2) NOT NULL DEFAULT ('th'), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"mail_preference\" varchar(16) NOT NULL DEFAULT ('immediate'), CONSTRAINT \"UQ_c77e8752faa45901af2b245dff2\" UNIQUE (\"email\"))");
    await queryRunner.query("INSERT INTO \"temporary_people\"(\"id\", \"organization_id\", \"email\", \"display_name\", \"position\", \"role\", \"division_id\", \"province\", \"password_hash\", \"must_change_password\", \"active\", \"language\", \"created_at\") SELECT \"id\", \"organization_id\", \"email\", \"display_name\", \"position\", \"role\", \"division_id\", \"province\", \"password_hash\", \"must_change_password\", \"active\", \"language\", \"created_at\" FROM \"people\"");
    await queryRunner.query("DROP TABLE \"people\"");
    await queryRunner.query("ALTER TABLE \"temporary_people\" RENAME TO \"people\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"people\" RENAME TO \"temporary_people\"");
    await queryRunner.query("CREATE TABLE \"people\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"organization_id\" varchar(36), \"email\" varchar(255) NOT NULL, \"display_name\" varchar(255) NOT NULL, \"position\" varchar(255) NOT NULL DEFAULT (''), \"role\" varchar(32) NOT NULL, \"division_id\" varchar(36), \"province\" varchar(255), \"password_hash\" varchar(255) NOT NULL, \"must_change_password\" boolean NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"language\" varchar(2) NOT NULL DEFAULT ('th'), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c77e8752faa45901af2b245dff2\" UNIQUE (\"email\"))");
    await queryRunner.query("INSERT INTO \"people\"(\"id\", \"organization_id\", \"email\", \"display_name\", \"position\", \"role\", \"division_id\", \"province\", \"password_hash\", \"must_change_password\", \"active\", \"language\", \"created_at\") SELECT \"id\", \"organization_id\", \"email\", \"display_name\", \"position\", \"role\", \"division_id\", \"province\", \"password_hash\", \"must_change_password\", \"active\", \"language\", \"created_at\" FROM \"temporary_people\"");
    await queryRunner.query("DROP TABLE \"temporary_people\"");
    await queryRunner.query("DROP INDEX \"IDX_23ffa1d654e5b466bb95f4daa9\"");
    await queryRunner.query("DROP INDEX \"IDX_fdcc9a9fae0784a11963ea218a\"");
    await queryRunner.query("DROP INDEX \"IDX_13dc5f898f467c89c384c1dc6d\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
  }
}
