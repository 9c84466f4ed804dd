import { type MigrationInterface, type QueryRunner } from "typeorm";

export class TrustedDocuments1796205200884 implements MigrationInterface {
  name = "TrustedDocuments1796205200884";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` ADD `documentIds` text NULL");
    await queryRunner.query("ALTER TABLE `disclosures` ADD `documentId` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `arrangement_events` CHANGE `action` `action` enum ('CREATED', 'SUSPENDED', 'RESUMED', 'REVOKED', 'DOCUMENTS_RESTRICTED', 'DOCUMENTS_UNRESTRICTED') NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `arrangement_events` CHANGE `action` `action` enum ('CREATED', 'SUSPENDED', 'RESUMED', 'REVOKED') NOT NULL");
    await queryRunner.query("ALTER TABLE `disclosures` DROP COLUMN `documentId`");
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` DROP COLUMN `documentIds`");
  }
}
