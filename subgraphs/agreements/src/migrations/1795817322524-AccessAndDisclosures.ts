import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AccessAndDisclosures1795817322524 implements MigrationInterface {
  name = "AccessAndDisclosures1795817322524";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `token_revocations` (`jti` varchar(64) NOT NULL, `revokedAt` datetime NOT NULL, `revokedBy` varchar(128) NOT NULL, `reason` varchar(500) NULL, PRIMARY KEY (`jti`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disclosures` (`id` varchar(36) NOT NULL, `at` datetime NOT NULL, `agency` varchar(16) NOT NULL, `subject` varchar(128) NOT NULL, `jti` varchar(64) NOT NULL, `operationName` varchar(200) NULL, `operationHash` varchar(64) NOT NULL, `scopes` text NOT NULL, `entityCounts` text NOT NULL, INDEX `IDX_0f12b2a54c78b44f20000f15f8` (`at`, `id`), INDEX `IDX_9b34b7f41598e318059f3abdc7` (`agency`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_9b34b7f41598e318059f3abdc7` ON `disclosures`");
    await queryRunner.query("DROP INDEX `IDX_0f12b2a54c78b44f20000f15f8` ON `disclosures`");
    await queryRunner.query("DROP TABLE `disclosures`");
    await queryRunner.query("DROP TABLE `token_revocations`");
  }
}
