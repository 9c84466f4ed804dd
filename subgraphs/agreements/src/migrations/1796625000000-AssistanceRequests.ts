import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AssistanceRequests1796625000000 implements MigrationInterface {
  name = "AssistanceRequests1796625000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `assistance_requests` (`id` varchar(36) NOT NULL, `requesterCode` varchar(16) NOT NULL, `addresseeCode` varchar(16) NOT NULL, `agreementId` varchar(64) NOT NULL, `subjectKind` enum ('SHIPMENT', 'TRIP', 'TRADE_PARTY') NOT NULL, `subjectKey` varchar(64) NOT NULL, `portCode` varchar(4) NOT NULL, `concern` enum ('ANTI_DUMPING_EVASION', 'COUNTERFEIT', 'SUBSTANDARD_PHARMACEUTICAL', 'UNDERVALUATION', 'OTHER') NOT NULL, `question` varchar(2000) NOT NULL, `dueAt` datetime NOT NULL, `status` enum ('OPEN', 'ANSWERED', 'CLOSED', 'DECLINED') NOT NULL, `declineReason` varchar(500) NULL, `openedAt` datetime NOT NULL, `answeredAt` datetime NULL, `closedAt` datetime NULL, `updatedAt` datetime NOT NULL, INDEX `IDX_308992575d4b19f9ad38716b2c` (`addresseeCode`, `openedAt`, `id`), INDEX `IDX_9117b70a9f0051dce7001659ea` (`requesterCode`, `openedAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assistance_request_events` (`sequence` int NOT NULL AUTO_INCREMENT, `requestId` varchar(36) NOT NULL, `at` datetime NOT NULL, `actor` varchar(128) NOT NULL, `agencyCode` varchar(16) NOT NULL, `action` enum ('OPENED', 'ANSWERED', 'MESSAGE_ADDED', 'DECLINED', 'CLOSED') NOT NULL, `reason` varchar(500) NULL, INDEX `IDX_d6265a46c657a4023659d265db` (`requestId`, `sequence`), PRIMARY KEY (`sequence`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `assistance_messages` (`sequence` int NOT NULL AUTO_INCREMENT, `requestId` varchar(36) NOT NULL, `authorCode` varchar(16) NOT NULL, `actor` varchar(128) NOT NULL, `body` varchar(4000) NOT NULL, `at` datetime NOT NULL, INDEX `IDX_fc921fa654c84b297c39dee095` (`requestId`, `sequence`), PRIMARY KEY (`sequence`)) ENGINE=InnoDB");
    // Edited by hand: the generator dropped and re-added `typeName` (losing every lookup row) and
    // moved it to the end of the primary key (the index a record's disclosures are read by). The
    // column only widens, for "AssistanceRequest", in place.
    await queryRunner.query("ALTER TABLE `disclosed_records` MODIFY `typeName` varchar(32) NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `disclosed_records` WHERE `typeName` = 'AssistanceRequest'");
    await queryRunner.query("ALTER TABLE `disclosed_records` MODIFY `typeName` varchar(16) NOT NULL");
    await queryRunner.query("DROP INDEX `IDX_fc921fa654c84b297c39dee095` ON `assistance_messages`");
    await queryRunner.query("DROP TABLE `assistance_messages`");
    await queryRunner.query("DROP INDEX `IDX_d6265a46c657a4023659d265db` ON `assistance_request_events`");
    await queryRunner.query("DROP TABLE `assistance_request_events`");
    await queryRunner.query("DROP INDEX `IDX_9117b70a9f0051dce7001659ea` ON `assistance_requests`");
    await queryRunner.query("DROP INDEX `IDX_308992575d4b19f9ad38716b2c` ON `assistance_requests`");
    await queryRunner.query("DROP TABLE `assistance_requests`");
  }
}
