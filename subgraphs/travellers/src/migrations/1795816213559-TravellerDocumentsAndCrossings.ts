import { type MigrationInterface, type QueryRunner } from "typeorm";

export class TravellerDocumentsAndCrossings1795816213559 implements MigrationInterface {
  name = "TravellerDocumentsAndCrossings1795816213559";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_8f3996e60bf72400c56f17daef` ON `travellers`");
    await queryRunner.query("CREATE TABLE `crossings` (`id` varchar(36) NOT NULL, `travellerId` varchar(36) NOT NULL, `portCode` varchar(4) NOT NULL, `direction` enum ('NORTHBOUND', 'SOUTHBOUND') NOT NULL, `mode` enum ('PEDESTRIAN', 'PRIVATE_VEHICLE', 'COMMERCIAL_DRIVER', 'BUS', 'RAIL', 'AIR') NOT NULL, `lane` enum ('STANDARD', 'READY', 'SENTRI', 'FAST') NOT NULL, `at` datetime NOT NULL, `documentId` varchar(36) NULL, `tripNumber` varchar(25) NULL, INDEX `IDX_45f65bc7ef97eacc70a864ba03` (`tripNumber`), INDEX `IDX_575b7c7119d9d67d07d668139b` (`at`, `id`), INDEX `IDX_d04e6636bb09bbf9f6fd4bab01` (`portCode`, `at`, `id`), INDEX `IDX_72f415c8f06064bfeb4d860d7b` (`travellerId`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `travel_documents` (`id` varchar(36) NOT NULL, `travellerId` varchar(36) NOT NULL, `type` enum ('PASSPORT', 'PASSPORT_CARD', 'BORDER_CROSSING_CARD', 'FAST_CARD', 'SENTRI_CARD', 'LPR_CARD') NOT NULL, `number` varchar(20) NOT NULL, `numberKey` varchar(20) NOT NULL, `issuingCountry` varchar(2) NOT NULL, `expiresOn` date NOT NULL, `mrz` varchar(100) NULL, INDEX `IDX_efed126c3945ef65aeebd8b55e` (`numberKey`), INDEX `IDX_86efdcaa1525c11e10e23140a5` (`travellerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `traveller_name_tokens` (`travellerId` varchar(36) NOT NULL, `token` varchar(60) NOT NULL, INDEX `IDX_9ec0342bd0f749a708da2309e1` (`token`, `travellerId`), PRIMARY KEY (`travellerId`, `token`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `idempotency_keys` (`caller` varchar(128) NOT NULL, `key` varchar(128) NOT NULL, `operation` varchar(64) NOT NULL, `requestHash` varchar(64) NOT NULL, `resultId` varchar(128) NOT NULL, `createdAt` datetime NOT NULL, PRIMARY KEY (`caller`, `key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE INDEX `IDX_ff9ec2cc0ab2e1352ecb32cfc3` ON `travellers` (`dateOfBirth`)");
    await queryRunner.query("CREATE INDEX `IDX_9d9f3845230b6ed0f72e796632` ON `travellers` (`familyName`, `givenNames`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_9d9f3845230b6ed0f72e796632` ON `travellers`");
    await queryRunner.query("DROP INDEX `IDX_ff9ec2cc0ab2e1352ecb32cfc3` ON `travellers`");
    await queryRunner.query("DROP TABLE `idempotency_keys`");
    await queryRunner.query("DROP INDEX `IDX_9ec0342bd0f749a708da2309e1` ON `traveller_name_tokens`");
    await queryRunner.query("DROP TABLE `traveller_name_tokens`");
    await queryRunner.query("DROP INDEX `IDX_86efdcaa1525c11e10e23140a5` ON `travel_documents`");
    await queryRunner.query("DROP INDEX `IDX_efed126c3945ef65aeebd8b55e` ON `travel_documents`");
    await queryRunner.query("DROP TABLE `travel_documents`");
    await queryRunner.query("DROP INDEX `IDX_72f415c8f06064bfeb4d860d7b` ON `crossings`");
    await queryRunner.query("DROP INDEX `IDX_d04e6636bb09bbf9f6fd4bab01` ON `crossings`");
    await queryRunner.query("DROP INDEX `IDX_575b7c7119d9d67d07d668139b` ON `crossings`");
    await queryRunner.query("DROP INDEX `IDX_45f65bc7ef97eacc70a864ba03` ON `crossings`");
    await queryRunner.query("DROP TABLE `crossings`");
    await queryRunner.query("CREATE INDEX `IDX_8f3996e60bf72400c56f17daef` ON `travellers` (`familyName`, `givenNames`)");
  }
}
