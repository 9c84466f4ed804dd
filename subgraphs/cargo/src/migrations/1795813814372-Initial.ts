import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Initial1795813814372 implements MigrationInterface {
  name = "Initial1795813814372";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `goods_items` (`shipmentControlNumber` varchar(16) NOT NULL, `sequence` int NOT NULL, `description` varchar(300) NOT NULL, `hsCode` varchar(6) NOT NULL, `nationalCode` varchar(10) NOT NULL, `originCountry` varchar(2) NOT NULL, `grossMassKg` int NOT NULL, `quantity` int NOT NULL, `packagingUnit` varchar(3) NOT NULL, PRIMARY KEY (`shipmentControlNumber`, `sequence`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `shipments` (`shipmentControlNumber` varchar(16) NOT NULL, `type` enum ('PAPS', 'IN_BOND') NOT NULL, `tripNumber` varchar(25) NOT NULL, `portCode` varchar(4) NOT NULL, `estimatedArrival` datetime NOT NULL, INDEX `IDX_689c4c67680f903601a1dc9ab3` (`tripNumber`), INDEX `IDX_fe37e0695fc65f7edef1650abd` (`estimatedArrival`, `shipmentControlNumber`), INDEX `IDX_c33da4e9e682525ab820364bdf` (`portCode`, `estimatedArrival`, `shipmentControlNumber`), PRIMARY KEY (`shipmentControlNumber`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `shipment_programs` (`shipmentControlNumber` varchar(16) NOT NULL, `programCode` varchar(32) NOT NULL, INDEX `IDX_3d1962de5962c7223b52a120c9` (`programCode`, `shipmentControlNumber`), PRIMARY KEY (`shipmentControlNumber`, `programCode`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `trips` (`tripNumber` varchar(25) NOT NULL, `carrierScac` varchar(4) NOT NULL, `portCode` varchar(4) NOT NULL, `estimatedArrival` datetime NOT NULL, `crossedAt` datetime NULL, `lane` enum ('STANDARD', 'FAST', 'UCP') NOT NULL, `driverId` varchar(36) NOT NULL, INDEX `IDX_99b75d799094ecf6815c898d5b` (`driverId`, `estimatedArrival`), INDEX `IDX_039fb23de759a26830ea9f3dfd` (`portCode`, `estimatedArrival`), PRIMARY KEY (`tripNumber`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_039fb23de759a26830ea9f3dfd` ON `trips`");
    await queryRunner.query("DROP INDEX `IDX_99b75d799094ecf6815c898d5b` ON `trips`");
    await queryRunner.query("DROP TABLE `trips`");
    await queryRunner.query("DROP INDEX `IDX_3d1962de5962c7223b52a120c9` ON `shipment_programs`");
    await queryRunner.query("DROP TABLE `shipment_programs`");
    await queryRunner.query("DROP INDEX `IDX_c33da4e9e682525ab820364bdf` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_fe37e0695fc65f7edef1650abd` ON `shipments`");
    await queryRunner.query("DROP INDEX `IDX_689c4c67680f903601a1dc9ab3` ON `shipments`");
    await queryRunner.query("DROP TABLE `shipments`");
    await queryRunner.query("DROP TABLE `goods_items`");
  }
}
