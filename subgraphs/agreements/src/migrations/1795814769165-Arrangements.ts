import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Arrangements1795814769165 implements MigrationInterface {
  name = "Arrangements1795814769165";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `agreement_versions` (`agreementId` varchar(64) NOT NULL, `version` int NOT NULL, `snapshot` text NOT NULL, `recordedAt` datetime NOT NULL, `replacedAt` datetime NOT NULL, `replacedBy` varchar(128) NOT NULL, `reason` varchar(500) NULL, PRIMARY KEY (`agreementId`, `version`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `arrangement_events` (`sequence` int NOT NULL AUTO_INCREMENT, `arrangementId` varchar(64) NOT NULL, `at` datetime NOT NULL, `actor` varchar(128) NOT NULL, `action` enum ('CREATED', 'SUSPENDED', 'RESUMED', 'REVOKED') NOT NULL, `reason` varchar(500) NULL, INDEX `IDX_b3c7b61041dde4d33f86c8fea1` (`arrangementId`, `sequence`), PRIMARY KEY (`sequence`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `data_sharing_arrangements` (`id` varchar(64) NOT NULL, `providerCode` varchar(16) NOT NULL, `recipientCode` varchar(16) NOT NULL, `agreementId` varchar(64) NOT NULL, `scopes` text NOT NULL, `purpose` varchar(500) NOT NULL, `confidentialityAssurance` tinyint NOT NULL, `validFrom` datetime NOT NULL, `validTo` datetime NULL, `recordedStatus` enum ('ACTIVE', 'SUSPENDED', 'REVOKED') NOT NULL, `updatedAt` datetime NOT NULL, INDEX `IDX_d462c133fc6219c095fec8b09a` (`recipientCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `arrangement_ports` (`arrangementId` varchar(64) NOT NULL, `portCode` varchar(4) NOT NULL, INDEX `IDX_c7f1cd8da44acf9e721d6827c7` (`portCode`), PRIMARY KEY (`arrangementId`, `portCode`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `program_sites` (`id` varchar(64) NOT NULL, `programCode` varchar(32) NOT NULL, `portCode` varchar(4) NOT NULL, `facility` varchar(120) NULL, `locatedIn` varchar(2) NOT NULL, `startedOn` varchar(10) NULL, INDEX `IDX_0f91240b0e32b93374f49320c6` (`portCode`), INDEX `IDX_40a83f264f9011e7d525c527e8` (`programCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `idempotency_keys` (`caller` varchar(128) NOT NULL, `key` varchar(128) NOT NULL, `operation` varchar(64) NOT NULL, `requestHash` varchar(64) NOT NULL, `resultId` varchar(128) NOT NULL, `createdAt` datetime NOT NULL, PRIMARY KEY (`caller`, `key`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `agencies` ADD `predecessorCode` varchar(16) NULL");
    await queryRunner.query("ALTER TABLE `agreements` ADD `version` int NOT NULL DEFAULT '1'");
    // Edited by hand: agreements recorded before this migration get the seed instant as their
    // version time, then the column becomes NOT NULL as the entity says.
    await queryRunner.query("ALTER TABLE `agreements` ADD `updatedAt` datetime NULL");
    await queryRunner.query("UPDATE `agreements` SET `updatedAt` = '2026-01-01 00:00:00'");
    await queryRunner.query("ALTER TABLE `agreements` MODIFY `updatedAt` datetime NOT NULL");
    await queryRunner.query("ALTER TABLE `agreements` CHANGE `instrumentType` `instrumentType` enum ('MOU', 'MOC', 'LETTER_OF_INTENT', 'MRA', 'CMAA', 'STATUTE', 'OTHER') NOT NULL");
    await queryRunner.query("ALTER TABLE `agreements` CHANGE `signedOn` `signedOn` date NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `agreements` CHANGE `signedOn` `signedOn` date NOT NULL");
    await queryRunner.query("ALTER TABLE `agreements` CHANGE `instrumentType` `instrumentType` enum ('MOU', 'MOC', 'LETTER_OF_INTENT', 'MRA', 'CMAA') NOT NULL");
    await queryRunner.query("ALTER TABLE `agreements` DROP COLUMN `updatedAt`");
    await queryRunner.query("ALTER TABLE `agreements` DROP COLUMN `version`");
    await queryRunner.query("ALTER TABLE `agencies` DROP COLUMN `predecessorCode`");
    await queryRunner.query("DROP TABLE `idempotency_keys`");
    await queryRunner.query("DROP INDEX `IDX_40a83f264f9011e7d525c527e8` ON `program_sites`");
    await queryRunner.query("DROP INDEX `IDX_0f91240b0e32b93374f49320c6` ON `program_sites`");
    await queryRunner.query("DROP TABLE `program_sites`");
    await queryRunner.query("DROP INDEX `IDX_c7f1cd8da44acf9e721d6827c7` ON `arrangement_ports`");
    await queryRunner.query("DROP TABLE `arrangement_ports`");
    await queryRunner.query("DROP INDEX `IDX_d462c133fc6219c095fec8b09a` ON `data_sharing_arrangements`");
    await queryRunner.query("DROP TABLE `data_sharing_arrangements`");
    await queryRunner.query("DROP INDEX `IDX_b3c7b61041dde4d33f86c8fea1` ON `arrangement_events`");
    await queryRunner.query("DROP TABLE `arrangement_events`");
    await queryRunner.query("DROP TABLE `agreement_versions`");
  }
}
