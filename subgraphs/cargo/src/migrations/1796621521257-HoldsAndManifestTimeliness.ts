import { type MigrationInterface, type QueryRunner } from "typeorm";

export class HoldsAndManifestTimeliness1796621521257 implements MigrationInterface {
  name = "HoldsAndManifestTimeliness1796621521257";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `shipment_hold_events` (`sequence` int NOT NULL AUTO_INCREMENT, `holdId` varchar(36) NOT NULL, `at` datetime NOT NULL, `actor` varchar(128) NOT NULL, `agencyCode` varchar(16) NOT NULL, `action` enum ('PLACED', 'RELEASED') NOT NULL, `reason` varchar(500) NOT NULL, INDEX `IDX_ced6bb01b035c60524f401a55e` (`holdId`, `sequence`), PRIMARY KEY (`sequence`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `shipment_holds` (`id` varchar(36) NOT NULL, `shipmentControlNumber` varchar(16) NOT NULL, `portCode` varchar(4) NOT NULL, `kind` enum ('AGRICULTURAL', 'CUSTOMS', 'ENFORCEMENT') NOT NULL, `agencyCode` varchar(16) NOT NULL, `reason` varchar(500) NOT NULL, `placedAt` datetime NOT NULL, `placedBy` varchar(128) NOT NULL, `releasedAt` datetime NULL, `releasedBy` varchar(128) NULL, `releasedByAgencyCode` varchar(16) NULL, `releaseReason` varchar(500) NULL, INDEX `IDX_4e1c22f66e1e36fc8e1bdda058` (`placedAt`, `id`), INDEX `IDX_2bcb65970de3480391ea6924fe` (`portCode`, `placedAt`, `id`), INDEX `IDX_805781a512afc2386bd2ff7b86` (`shipmentControlNumber`, `placedAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `trips` ADD `manifestReceivedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `trips` ADD `manifestLate` tinyint NULL");
    await queryRunner.query("DROP INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments`");
    await queryRunner.query("ALTER TABLE `shipments` CHANGE `status` `status` enum ('AWAITING_ARRIVAL', 'IN_INSPECTION', 'RELEASED', 'ON_HOLD', 'HELD', 'SEIZED', 'REEXPORTED') NOT NULL");
    await queryRunner.query("CREATE INDEX `IDX_bf2de2d8ca14530aa6e2ac0ee0` ON `trips` (`portCode`, `manifestLate`, `estimatedArrival`)");
    await queryRunner.query("CREATE INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments` (`status`, `estimatedArrival`, `shipmentControlNumber`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_bf2de2d8ca14530aa6e2ac0ee0` ON `trips`");
    await queryRunner.query("ALTER TABLE `shipments` CHANGE `status` `status` enum ('AWAITING_ARRIVAL', 'IN_INSPECTION', 'RELEASED', 'HELD', 'SEIZED', 'REEXPORTED') NOT NULL");
    await queryRunner.query("CREATE INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments` (`status`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `manifestLate`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `manifestReceivedAt`");
    await queryRunner.query("DROP INDEX `IDX_805781a512afc2386bd2ff7b86` ON `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_2bcb65970de3480391ea6924fe` ON `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_4e1c22f66e1e36fc8e1bdda058` ON `shipment_holds`");
    await queryRunner.query("DROP TABLE `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_ced6bb01b035c60524f401a55e` ON `shipment_hold_events`");
    await queryRunner.query("DROP TABLE `shipment_hold_events`");
  }
}
