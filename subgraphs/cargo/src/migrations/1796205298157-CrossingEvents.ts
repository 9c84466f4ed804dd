import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CrossingEvents1796205298157 implements MigrationInterface {
  name = "CrossingEvents1796205298157";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `trip_crossing_events` (`eventId` varchar(36) NOT NULL, `tripNumber` varchar(25) NOT NULL, `driverId` varchar(36) NOT NULL, `portCode` varchar(4) NOT NULL, `at` datetime NOT NULL, `lane` enum ('STANDARD', 'READY', 'SENTRI', 'FAST', 'UCP') NOT NULL, `createdAt` datetime NOT NULL, `deliveredAt` datetime NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime NOT NULL, `lastError` varchar(300) NULL, UNIQUE INDEX `IDX_298ab5b958831911d107084abb` (`tripNumber`), INDEX `IDX_7016ac0c8e4bad54e7f57d9fcd` (`deliveredAt`, `nextAttemptAt`), PRIMARY KEY (`eventId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `trips` CHANGE `lane` `lane` enum ('STANDARD', 'READY', 'SENTRI', 'FAST', 'UCP') NOT NULL");
    // Written by hand: every trip that crossed before the outbox existed gets its event, due now.
    // The relay delivers them; travellers turns a driver's crossing of the trip it already had
    // into the event's (time, port, lane as cargo has them), or writes the one it lacked.
    await queryRunner.query("INSERT INTO `trip_crossing_events` (`eventId`, `tripNumber`, `driverId`, `portCode`, `at`, `lane`, `createdAt`, `deliveredAt`, `attempts`, `nextAttemptAt`, `lastError`) SELECT UUID(), `tripNumber`, `driverId`, `portCode`, `crossedAt`, `lane`, NOW(), NULL, 0, NOW(), NULL FROM `trips` WHERE `crossedAt` IS NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `trips` CHANGE `lane` `lane` enum ('STANDARD', 'FAST', 'UCP') NOT NULL");
    await queryRunner.query("DROP INDEX `IDX_7016ac0c8e4bad54e7f57d9fcd` ON `trip_crossing_events`");
    await queryRunner.query("DROP INDEX `IDX_298ab5b958831911d107084abb` ON `trip_crossing_events`");
    await queryRunner.query("DROP TABLE `trip_crossing_events`");
  }
}
