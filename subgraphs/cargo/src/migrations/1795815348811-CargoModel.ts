import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CargoModel1795815348811 implements MigrationInterface {
  name = "CargoModel1795815348811";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_039fb23de759a26830ea9f3dfd` ON `trips`");
    await queryRunner.query("CREATE TABLE `declarations` (`id` varchar(36) NOT NULL, `shipmentControlNumber` varchar(16) NOT NULL, `authorityCode` varchar(16) NOT NULL, `kind` enum ('US_ENTRY', 'MX_PEDIMENTO') NOT NULL, `number` varchar(20) NOT NULL, `filedAt` datetime NOT NULL, INDEX `IDX_4cca1f6454a154c4443ad3d5af` (`shipmentControlNumber`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inspections` (`id` varchar(36) NOT NULL, `shipmentControlNumber` varchar(16) NOT NULL, `portCode` varchar(4) NOT NULL, `kind` enum ('PRIMARY', 'SECONDARY', 'NII_XRAY', 'AGRICULTURE', 'UCP_JOINT', 'PRE_INSPECTION') NOT NULL, `locationCountry` varchar(2) NOT NULL, `programCode` varchar(32) NULL, `startedAt` datetime NOT NULL, `endedAt` datetime NULL, `result` enum ('PENDING', 'RELEASED', 'REFERRED', 'HELD', 'SEIZED', 'REEXPORTED', 'TREATED', 'DESTROYED') NOT NULL, `reopenedCount` int NOT NULL DEFAULT '0', INDEX `IDX_08296ccec95ad870791cd7c347` (`startedAt`, `id`), INDEX `IDX_de2c1684252f3dd4326aa511ed` (`portCode`, `startedAt`, `id`), INDEX `IDX_e3aab962a08c3f3288e96982af` (`shipmentControlNumber`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inspection_agencies` (`inspectionId` varchar(36) NOT NULL, `agencyCode` varchar(16) NOT NULL, INDEX `IDX_92ffafe971ee5ff18196a29039` (`agencyCode`, `inspectionId`), PRIMARY KEY (`inspectionId`, `agencyCode`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `pest_findings` (`id` int NOT NULL AUTO_INCREMENT, `inspectionId` varchar(36) NOT NULL, `taxon` varchar(120) NOT NULL, `commonName` varchar(120) NULL, `ppq523Serial` varchar(20) NULL, `action` enum ('RELEASED', 'TREATED', 'REEXPORTED', 'DESTROYED') NOT NULL, INDEX `IDX_bad32e572dfd2b0b4be18558c4` (`inspectionId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `risk_assessments` (`id` varchar(36) NOT NULL, `shipmentControlNumber` varchar(16) NOT NULL, `score` int NOT NULL, `rulesHit` text NOT NULL, `assessedAt` datetime NOT NULL, INDEX `IDX_45374881c396f44b1d04093263` (`shipmentControlNumber`, `assessedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `trade_parties` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `country` varchar(2) NOT NULL, `scac` varchar(4) NULL, `mxRfc` varchar(13) NULL, `roles` text NOT NULL, INDEX `IDX_914df491acf872fe2edfcbb46f` (`scac`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `trade_certifications` (`tradePartyId` varchar(36) NOT NULL, `programCode` varchar(32) NOT NULL, `status` enum ('CERTIFIED', 'VALIDATED', 'SUSPENDED', 'REVOKED') NOT NULL, `validFrom` date NOT NULL, `validTo` date NULL, PRIMARY KEY (`tradePartyId`, `programCode`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `trip_equipment` (`tripNumber` varchar(25) NOT NULL, `number` varchar(17) NOT NULL, `kind` enum ('CONTAINER', 'TRAILER', 'CHASSIS') NOT NULL, `seals` text NOT NULL, PRIMARY KEY (`tripNumber`, `number`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `idempotency_keys` (`caller` varchar(128) NOT NULL, `key` varchar(128) NOT NULL, `operation` varchar(64) NOT NULL, `requestHash` varchar(64) NOT NULL, `resultId` varchar(128) NOT NULL, `createdAt` datetime NOT NULL, PRIMARY KEY (`caller`, `key`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `carrierScac`");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `valueMinor` bigint NOT NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `currency` varchar(3) NOT NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `phytoNumber` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `phytoIssuingAgency` varchar(16) NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `phytoElectronic` tinyint NULL");
    await queryRunner.query("ALTER TABLE `goods_items` ADD `phytoIssuedOn` date NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `shipperId` varchar(36) NOT NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `consigneeId` varchar(36) NOT NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `importerId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `shipments` ADD `status` enum ('AWAITING_ARRIVAL', 'IN_INSPECTION', 'RELEASED', 'HELD', 'SEIZED', 'REEXPORTED') NOT NULL");
    await queryRunner.query("ALTER TABLE `trips` ADD `carrierId` varchar(36) NOT NULL");
    await queryRunner.query("ALTER TABLE `trips` ADD `conveyanceVin` varchar(17) NOT NULL");
    await queryRunner.query("ALTER TABLE `trips` ADD `conveyancePlate` varchar(15) NOT NULL");
    await queryRunner.query("ALTER TABLE `trips` ADD `conveyanceUsdot` varchar(12) NULL");
    await queryRunner.query("CREATE INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments` (`status`, `estimatedArrival`, `shipmentControlNumber`)");
    await queryRunner.query("CREATE INDEX `IDX_2775ac40a9a1e87d0438636979` ON `trips` (`portCode`, `crossedAt`)");
    await queryRunner.query("CREATE INDEX `IDX_0d1d3fc3e84a77d467417c0581` ON `trips` (`portCode`, `estimatedArrival`, `tripNumber`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_0d1d3fc3e84a77d467417c0581` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_2775ac40a9a1e87d0438636979` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_8f7450cc59134295f7fe3875f8` ON `shipments`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `conveyanceUsdot`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `conveyancePlate`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `conveyanceVin`");
    await queryRunner.query("ALTER TABLE `trips` DROP COLUMN `carrierId`");
    await queryRunner.query("ALTER TABLE `shipments` DROP COLUMN `status`");
    await queryRunner.query("ALTER TABLE `shipments` DROP COLUMN `importerId`");
    await queryRunner.query("ALTER TABLE `shipments` DROP COLUMN `consigneeId`");
    await queryRunner.query("ALTER TABLE `shipments` DROP COLUMN `shipperId`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `phytoIssuedOn`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `phytoElectronic`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `phytoIssuingAgency`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `phytoNumber`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `currency`");
    await queryRunner.query("ALTER TABLE `goods_items` DROP COLUMN `valueMinor`");
    await queryRunner.query("ALTER TABLE `trips` ADD `carrierScac` varchar(4) NOT NULL");
    await queryRunner.query("DROP TABLE `idempotency_keys`");
    await queryRunner.query("DROP TABLE `trip_equipment`");
    await queryRunner.query("DROP TABLE `trade_certifications`");
    await queryRunner.query("DROP INDEX `IDX_914df491acf872fe2edfcbb46f` ON `trade_parties`");
    await queryRunner.query("DROP TABLE `trade_parties`");
    await queryRunner.query("DROP INDEX `IDX_45374881c396f44b1d04093263` ON `risk_assessments`");
    await queryRunner.query("DROP TABLE `risk_assessments`");
    await queryRunner.query("DROP INDEX `IDX_bad32e572dfd2b0b4be18558c4` ON `pest_findings`");
    await queryRunner.query("DROP TABLE `pest_findings`");
    await queryRunner.query("DROP INDEX `IDX_92ffafe971ee5ff18196a29039` ON `inspection_agencies`");
    await queryRunner.query("DROP TABLE `inspection_agencies`");
    await queryRunner.query("DROP INDEX `IDX_e3aab962a08c3f3288e96982af` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_de2c1684252f3dd4326aa511ed` ON `inspections`");
    await queryRunner.query("DROP INDEX `IDX_08296ccec95ad870791cd7c347` ON `inspections`");
    await queryRunner.query("DROP TABLE `inspections`");
    await queryRunner.query("DROP INDEX `IDX_4cca1f6454a154c4443ad3d5af` ON `declarations`");
    await queryRunner.query("DROP TABLE `declarations`");
    await queryRunner.query("CREATE INDEX `IDX_039fb23de759a26830ea9f3dfd` ON `trips` (`portCode`, `estimatedArrival`)");
  }
}
