import { type MigrationInterface, type QueryRunner } from "typeorm";

export class SouthboundTrade1796641698955 implements MigrationInterface {
  name = "SouthboundTrade1796641698955";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `pedimentos` (`shipmentControlNumber` varchar(16) NOT NULL, `number` varchar(15) NOT NULL, `clave` enum ('A1', 'IN', 'AF') NOT NULL, `regime` enum ('DEFINITIVE_IMPORT', 'TEMPORARY_IMPORT_IMMEX') NOT NULL, `brokerName` varchar(120) NOT NULL, `brokerPatente` varchar(4) NOT NULL, `customsValueMinor` bigint NOT NULL, `exchangeRateTenThousandths` int NOT NULL, `selection` enum ('GREEN', 'RED') NOT NULL, `expres` tinyint NOT NULL, `paidAt` datetime NOT NULL, UNIQUE INDEX `IDX_c0fea083b8746cc4d9fa779b37` (`number`), PRIMARY KEY (`shipmentControlNumber`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `tigieFraction` varchar(8) NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `tigieNico` varchar(2) NULL");
    await queryRunner.query("ALTER TABLE `shipment_holds` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `inspections` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `trips` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
    await queryRunner.query("ALTER TABLE `trips` ADD `loaded` tinyint NOT NULL DEFAULT 1");
    await queryRunner.query("ALTER TABLE `trips` ADD `returnOfTripNumber` varchar(25) NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL DEFAULT 'NORTHBOUND'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
  }
}
