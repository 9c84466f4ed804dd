import { type MigrationInterface, type QueryRunner } from "typeorm";

export class ArrangementDirections1796641701124 implements MigrationInterface {
  name = "ArrangementDirections1796641701124";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` ADD `directions` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `data_sharing_arrangements` DROP COLUMN `directions`");
  }
}
