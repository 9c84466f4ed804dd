import { type MigrationInterface, type QueryRunner } from "typeorm";

export class SouthboundTrade1796642846133 implements MigrationInterface {
  name = "SouthboundTrade1796642846133";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_4e1c22f66e1e36fc8e1bdda058` ON `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_2bcb65970de3480391ea6924fe` ON `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_08296ccec95ad870791cd7c347` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_de2c1684252f3dd4326aa511ed` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_99b75d799094ecf6815c898d5b` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_2775ac40a9a1e87d0438636979` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_0d1d3fc3e84a77d467417c0581` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_6f0ba2e96233feddb96a84bb1d` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_bf2de2d8ca14530aa6e2ac0ee0` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_fe37e0695fc65f7edef1650abd` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_c33da4e9e682525ab820364bdf` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments`");
    await queryRunner.query("CREATE TABLE `pedimentos` (`shipmentControlNumber` varchar(16) NOT NULL, `number` varchar(15) NOT NULL, `clave` enum ('A1', 'IN', 'AF') NOT NULL, `regime` enum ('DEFINITIVE_IMPORT', 'TEMPORARY_IMPORT_IMMEX') NOT NULL, `brokerName` varchar(120) NOT NULL, `brokerPatente` varchar(4) NOT NULL, `customsValueMinor` bigint NOT NULL, `exchangeRateTenThousandths` int NOT NULL, `selection` enum ('GREEN', 'RED') NOT NULL, `expres` tinyint NOT NULL, `paidAt` datetime NOT NULL, UNIQUE INDEX `IDX_c0fea083b8746cc4d9fa779b37` (`number`), PRIMARY KEY (`shipmentControlNumber`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `tigieFraction` varchar(8) NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `tigieNico` varchar(2) NULL");
    await queryRunner.query("ALTER TABLE `shipment_holds` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `inspections` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `trips` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `trips` ADD `loaded` tinyint NOT NULL DEFAULT 1");
    await queryRunner.query("ALTER TABLE `trips` ADD `returnOfTripNumber` varchar(25) NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("CREATE INDEX `IDX_ba9f5854054fdc2a54de712fd1` ON `shipment_holds` (`direction`, `placedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_789bc645b6d745a0b5c3d17b04` ON `shipment_holds` (`portCode`, `direction`, `placedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_0eeaa2011d858bba314b3132d5` ON `inspections` (`result`, `direction`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_1ae992342bd9226e1aa4c88694` ON `inspections` (`direction`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_9cf2f11a586c57c4409eb6c9b9` ON `inspections` (`portCode`, `direction`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_6597f5a40cf60a80392945646a` ON `trips` (`portCode`, `manifestLate`, `direction`, `estimatedArrival`)");
    await queryRunner.query("CREATE INDEX `IDX_dd28568538f2d28f1a2dbf64c8` ON `trips` (`portCode`, `direction`, `crossedAt`)");
    await queryRunner.query("CREATE INDEX `IDX_e98b9e39f98eec0c178ebb4f10` ON `trips` (`driverId`, `direction`, `estimatedArrival`)");
    await queryRunner.query("CREATE INDEX `IDX_922f470f6a19b2523c2c0d5f4e` ON `trips` (`direction`, `estimatedArrival`, `tripNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_f293bf149bbef490490b268b03` ON `trips` (`portCode`, `direction`, `estimatedArrival`, `tripNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_092ae6bd5a8a25669c69f438a0` ON `shipments` (`status`, `direction`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_10158ba4a5b6f50f29aa3dec53` ON `shipments` (`direction`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_2a92d9a7bcfd6391702e8c1e8a` ON `shipments` (`portCode`, `direction`, `estimatedArrival`, `shipmentControlNumber`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_2a92d9a7bcfd6391702e8c1e8a` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_10158ba4a5b6f50f29aa3dec53` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_092ae6bd5a8a25669c69f438a0` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_f293bf149bbef490490b268b03` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_922f470f6a19b2523c2c0d5f4e` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_e98b9e39f98eec0c178ebb4f10` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_dd28568538f2d28f1a2dbf64c8` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_6597f5a40cf60a80392945646a` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_9cf2f11a586c57c4409eb6c9b9` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_1ae992342bd9226e1aa4c88694` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_0eeaa2011d858bba314b3132d5` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_789bc645b6d745a0b5c3d17b04` ON `shipment_holds`");
    await queryRunner.query("DROP INDEX `IDX_ba9f5854054fdc2a54de712fd1` ON `shipment_holds`");
    await queryRunner.query("ALTER TABLE `shipments` DROP COLUMN `direction`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `returnOfTripNumber`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `loaded`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `direction`");
    await queryRunner.query("ALTER TABLE `inspections` DROP COLUMN `direction`");
    await queryRunner.query("ALTER TABLE `shipment_holds` DROP COLUMN `direction`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `tigieNico`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `tigieFraction`");
    await queryRunner.query("DROP INDEX `IDX_c0fea083b8746cc4d9fa779b37` ON `pedimentos`");
    await queryRunner.query("DROP TABLE `pedimentos`");
    await queryRunner.query("CREATE INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments` (`status`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_c33da4e9e682525ab820364bdf` ON `shipments` (`portCode`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_fe37e0695fc65f7edef1650abd` ON `shipments` (`estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_bf2de2d8ca14530aa6e2ac0ee0` ON `trips` (`portCode`, `manifestLate`, `estimatedArrival`)");
    await queryRunner.query("CREATE INDEX `IDX_6f0ba2e96233feddb96a84bb1d` ON `trips` (`estimatedArrival`, `tripNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_0d1d3fc3e84a77d467417c0581` ON `trips` (`portCode`, `estimatedArrival`, `tripNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_2775ac40a9a1e87d0438636979` ON `trips` (`portCode`, `crossedAt`)");
    await queryRunner.query("CREATE INDEX `IDX_99b75d799094ecf6815c898d5b` ON `trips` (`driverId`, `estimatedArrival`)");
    await queryRunner.query("CREATE INDEX `IDX_20e0661dbeee8b44f622c4dafe` ON `inspections` (`result`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_de2c1684252f3dd4326aa511ed` ON `inspections` (`portCode`, `startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_08296ccec95ad870791cd7c347` ON `inspections` (`startedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_2bcb65970de3480391ea6924fe` ON `shipment_holds` (`portCode`, `placedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_4e1c22f66e1e36fc8e1bdda058` ON `shipment_holds` (`placedAt`, `id`)");
  }
}
