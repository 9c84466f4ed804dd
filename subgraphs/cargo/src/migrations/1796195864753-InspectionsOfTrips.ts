import { type MigrationInterface, type QueryRunner } from "typeorm";

export class InspectionsOfTrips1796195864753 implements MigrationInterface {
  name = "InspectionsOfTrips1796195864753";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `inspections` ADD `tripNumber` varchar(25) NULL");
    await queryRunner.query("DROP INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections`");
    await queryRunner.query("ALTER TABLE `inspections` CHANGE `shipmentControlNumber` `shipmentControlNumber` varchar(16) NULL");
    await queryRunner.query("CREATE INDEX `IDX_42fd6b07ca3a76f85051f37991` ON `inspections` (`tripNumber`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections` (`shipmentControlNumber`, `startedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_42fd6b07ca3a76f85051f37991` ON `inspections`");
    await queryRunner.query("ALTER TABLE `inspections` CHANGE `shipmentControlNumber` `shipmentControlNumber` varchar(16) NOT NULL");
    await queryRunner.query("CREATE INDEX `IDX_f7d531036eff676f7a6481172a` ON `inspections` (`shipmentControlNumber`, `startedAt`, `id`)");
    await queryRunner.query("ALTER TABLE `inspections` DROP COLUMN `tripNumber`");
  }
}
