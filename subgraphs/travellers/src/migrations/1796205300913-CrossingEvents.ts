import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CrossingEvents1796205300913 implements MigrationInterface {
  name = "CrossingEvents1796205300913";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `crossings` ADD `eventId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `crossings` ADD UNIQUE INDEX `IDX_e83df9d4707245172052a16234` (`eventId`)");
    await queryRunner.query("ALTER TABLE `crossings` CHANGE `lane` `lane` enum ('STANDARD', 'READY', 'SENTRI', 'FAST', 'UCP') NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `crossings` CHANGE `lane` `lane` enum ('STANDARD', 'READY', 'SENTRI', 'FAST') NOT NULL");
    await queryRunner.query("ALTER TABLE `crossings` DROP INDEX `IDX_e83df9d4707245172052a16234`");
    await queryRunner.query("ALTER TABLE `crossings` DROP COLUMN `eventId`");
  }
}
