import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CrossingEventDirection1796900000000 implements MigrationInterface {
  name = "CrossingEventDirection1796900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `trip_crossing_events` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `trip_crossing_events` DROP COLUMN `direction`");
  }
}
