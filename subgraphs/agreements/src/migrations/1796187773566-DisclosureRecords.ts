import { type MigrationInterface, type QueryRunner } from "typeorm";

export class DisclosureRecords1796187773566 implements MigrationInterface {
  name = "DisclosureRecords1796187773566";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `disclosure_records` (`id` varchar(36) NOT NULL, `disclosureId` varchar(36) NOT NULL, `typeName` varchar(32) NOT NULL, `recordKey` varchar(64) NOT NULL, `at` datetime NOT NULL, `scopes` text NOT NULL, `arrangementIds` text NOT NULL, UNIQUE INDEX `IDX_290ec924b88f7e762a9e7db908` (`disclosureId`, `typeName`, `recordKey`), INDEX `IDX_04f08d693fbc98136ab38d0726` (`typeName`, `recordKey`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `grants` text NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `arrangementIds` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `arrangementIds`");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `grants`");
    await queryRunner.query("DROP INDEX `IDX_04f08d693fbc98136ab38d0726` ON `disclosure_records`");
    await queryRunner.query("DROP INDEX `IDX_290ec924b88f7e762a9e7db908` ON `disclosure_records`");
    await queryRunner.query("DROP TABLE `disclosure_records`");
  }
}
