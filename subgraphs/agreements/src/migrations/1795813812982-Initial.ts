import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Initial1795813812982 implements MigrationInterface {
  name = "Initial1795813812982";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `agencies` (`code` varchar(16) NOT NULL, `name` varchar(200) NOT NULL, `country` varchar(2) NOT NULL, `parent` varchar(200) NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `agreement_parties` (`agreementId` varchar(64) NOT NULL, `agencyCode` varchar(16) NOT NULL, INDEX `IDX_7208bb5f728d0f9ebe51fc1d16` (`agencyCode`), PRIMARY KEY (`agreementId`, `agencyCode`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `agreement_supersessions` (`agreementId` varchar(64) NOT NULL, `supersededId` varchar(64) NOT NULL, PRIMARY KEY (`agreementId`, `supersededId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `agreement_programs` (`agreementId` varchar(64) NOT NULL, `programCode` varchar(32) NOT NULL, INDEX `IDX_53385661c7d3accffd1599ba21` (`programCode`), PRIMARY KEY (`agreementId`, `programCode`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `agreements` (`id` varchar(64) NOT NULL, `title` varchar(300) NOT NULL, `titleEs` varchar(300) NULL, `instrumentType` enum ('MOU', 'MOC', 'LETTER_OF_INTENT', 'MRA', 'CMAA') NOT NULL, `signedOn` date NOT NULL, `signedAt` varchar(120) NULL, `effectiveFrom` date NULL, `effectiveFromBasis` enum ('STATED', 'ASSUMED_ON_SIGNATURE', 'UNKNOWN') NOT NULL, `expiresOn` date NULL, `status` enum ('SIGNED', 'IN_FORCE', 'SUPERSEDED', 'TERMINATED') NOT NULL, `sources` text NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ports_of_entry` (`code` varchar(4) NOT NULL, `name` varchar(120) NOT NULL, `usState` varchar(2) NOT NULL, `mxCity` varchar(120) NOT NULL, `mxAduanaSeccion` varchar(3) NOT NULL, `modes` text NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `port_programs` (`portCode` varchar(4) NOT NULL, `programCode` varchar(32) NOT NULL, INDEX `IDX_39a16e47771f83a7cfc59c2287` (`programCode`), PRIMARY KEY (`portCode`, `programCode`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `programs` (`code` varchar(32) NOT NULL, `name` varchar(200) NOT NULL, `category` enum ('CARGO_FACILITATION', 'TRUSTED_TRADER', 'TRUSTED_TRAVELLER', 'AGRICULTURE') NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `program_agencies` (`programCode` varchar(32) NOT NULL, `agencyCode` varchar(16) NOT NULL, INDEX `IDX_78e08bbc78eaa11c3cb7044d6d` (`agencyCode`), PRIMARY KEY (`programCode`, `agencyCode`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_78e08bbc78eaa11c3cb7044d6d` ON `program_agencies`");
    await queryRunner.query("DROP TABLE `program_agencies`");
    await queryRunner.query("DROP TABLE `programs`");
    await queryRunner.query("DROP INDEX `IDX_39a16e47771f83a7cfc59c2287` ON `port_programs`");
    await queryRunner.query("DROP TABLE `port_programs`");
    await queryRunner.query("DROP TABLE `ports_of_entry`");
    await queryRunner.query("DROP TABLE `agreements`");
    await queryRunner.query("DROP INDEX `IDX_53385661c7d3accffd1599ba21` ON `agreement_programs`");
    await queryRunner.query("DROP TABLE `agreement_programs`");
    await queryRunner.query("DROP TABLE `agreement_supersessions`");
    await queryRunner.query("DROP INDEX `IDX_7208bb5f728d0f9ebe51fc1d16` ON `agreement_parties`");
    await queryRunner.query("DROP TABLE `agreement_parties`");
    await queryRunner.query("DROP TABLE `agencies`");
  }
}
