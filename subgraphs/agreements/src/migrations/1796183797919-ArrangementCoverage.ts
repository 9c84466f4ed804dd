import { type MigrationInterface, type QueryRunner } from "typeorm";

export class ArrangementCoverage1796183797919 implements MigrationInterface {
  name = "ArrangementCoverage1796183797919";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Generated as a plain ADD ... NOT NULL, which would give every existing row the enum's first
    // value, ALL_PORTS, and widen port-limited arrangements to every port. Instead: every row starts
    // LISTED_PORTS (fail-closed), a row with no listed port keeps what it granted before (every
    // port: the old meaning of an empty list), and the default goes so the column is the entity's.
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` ADD `coverage` enum ('ALL_PORTS', 'LISTED_PORTS') NOT NULL DEFAULT 'LISTED_PORTS'");
    await queryRunner.query("UPDATE `data_sharing_arrangements` SET `coverage` = 'ALL_PORTS' WHERE NOT EXISTS (SELECT 1 FROM `arrangement_ports` WHERE `arrangement_ports`.`arrangementId` = `data_sharing_arrangements`.`id`)");
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` ALTER COLUMN `coverage` DROP DEFAULT");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` DROP COLUMN `coverage`");
  }
}
