import { type MigrationInterface, type QueryRunner } from "typeorm";

export class DisclosureRecords1796187614994 implements MigrationInterface {
  name = "DisclosureRecords1796187614994";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosure_records` (`disclosureId` varchar(36) NOT NULL, `typeName` varchar(32) NOT NULL, `recordKey` varchar(64) NOT NULL, `at` datetime NOT NULL, `scopes` text NOT NULL, `arrangementIds` text NOT NULL, INDEX `IDX_a52275f1788e536cdbbc991c2a` (`typeName`, `recordKey`, `at`, `disclosureId`), PRIMARY KEY (`disclosureId`, `typeName`, `recordKey`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `grants` text NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `arrangementIds` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `arrangementIds`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `grants`");
    await queryRunner.query("DROP INDEX `IDX_a52275f1788e536cdbbc991c2a` ON `disclosure_records`");
    await queryRunner.query("DROP TABLE `disclosure_records`");
  }
}
