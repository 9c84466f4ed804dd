import { statementKind } from "../../src/database-metrics";

describe("statementKind", () => {
  it.each([
    ["SELECT `Shipment`.`id` FROM `shipment` `Shipment` WHERE `Shipment`.`id` IN (?, ?)", "select"],
    ["  with recursive t as (select 1) select * from t", "select"],
    ["INSERT INTO `trip`(`id`) VALUES (?)", "insert"],
    ['UPDATE "shipment" SET "status" = ? WHERE "id" = ?', "update"],
    ["DELETE FROM `idempotency_record` WHERE `expiresAt` < ?", "delete"],
    ["START TRANSACTION", "other"],
    ["CREATE TABLE `x` (`id` int)", "other"],
  ])("%s is a %s", (sql, kind) => {
    expect(statementKind(sql)).toBe(kind);
  });
});
