import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Initial1795813815677 implements MigrationInterface {
  name = "Initial1795813815677";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `trusted_traveller_memberships` (`id` varchar(36) NOT NULL, `travellerId` varchar(36) NOT NULL, `programCode` varchar(32) NOT NULL, `passId` varchar(9) NOT NULL, `status` enum ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED') NOT NULL, `validUntil` date NOT NULL, INDEX `IDX_a737a1a92b68e34453843a6a73` (`passId`), INDEX `IDX_481ad225dca0b2cfd7b09bbd5d` (`travellerId`, `programCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `travellers` (`id` varchar(36) NOT NULL, `familyName` varchar(120) NOT NULL, `givenNames` varchar(120) NOT NULL, `dateOfBirth` date NOT NULL, `sex` enum ('F', 'M', 'X') NOT NULL, `citizenships` text NOT NULL, INDEX `IDX_8f3996e60bf72400c56f17daef` (`familyName`, `givenNames`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_8f3996e60bf72400c56f17daef` ON `travellers`");
    await queryRunner.query("DROP TABLE `travellers`");
    await queryRunner.query("DROP INDEX `IDX_481ad225dca0b2cfd7b09bbd5d` ON `trusted_traveller_memberships`");
    await queryRunner.query("DROP INDEX `IDX_a737a1a92b68e34453843a6a73` ON `trusted_traveller_memberships`");
    await queryRunner.query("DROP TABLE `trusted_traveller_memberships`");
  }
}
