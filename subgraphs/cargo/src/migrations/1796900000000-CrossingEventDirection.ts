import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CrossingEventDirection1796900000000 implements MigrationInterface {
  name = "CrossingEventDirection1796900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `trip_crossing_events` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NULL");
    // Written by hand: southbound trips that crossed before their crossings were relayed get their
    // event, due now, so their drivers get the southbound crossing (docs/crossing-events.md).
    await queryRunner.query("INSERT INTO `trip_crossing_events` (`eventId`, `tripNumber`, `driverId`, `portCode`, `at`, `lane`, `direction`, `createdAt`, `deliveredAt`, `attempts`, `nextAttemptAt`, `lastError`) SELECT UUID(), `trips`.`tripNumber`, `trips`.`driverId`, `trips`.`portCode`, `trips`.`crossedAt`, `trips`.`lane`, 'SOUTHBOUND', NOW(), NULL, 0, NOW(), NULL FROM `trips` LEFT JOIN `trip_crossing_events` `event` ON `event`.`tripNumber` = `trips`.`tripNumber` WHERE `trips`.`crossedAt` IS NOT NULL AND `trips`.`direction` = 'SOUTHBOUND' AND `event`.`eventId` IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `trip_crossing_events` WHERE `direction` = 'SOUTHBOUND'");
    await queryRunner.query("ALTER TABLE `trip_crossing_events` DROP COLUMN `direction`");
  }
}
