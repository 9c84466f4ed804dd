import { type CargoRowPolicy } from "../access/cargo-row-policy";
import {
  InputProblems,
  checkRange,
  type PageArguments,
  keysetOrder,
  timeThenKey,
  type Connection,
  type KeysetColumn,
  keysetPage,
} from "@frontera/federation";
import { type DataSource } from "typeorm";
import { type InspectionFilter, InspectionOrder, type InspectionOrderField } from "./inspection.connection";
import { Inspection, InspectionAgency } from "./inspection.entity";
import { directionFilter } from "../trip/direction-filter";

// Each served by an index on (startedAt, id), alone or after portCode (and kind) or result.
const INSPECTION_ORDERS: Record<InspectionOrderField, Array<KeysetColumn<Inspection>>> = {
  STARTED_AT: timeThenKey<Inspection>("inspection", "startedAt", "id"),
};

export function findInspectionPage(
  dataSource: DataSource,
  rows: CargoRowPolicy,
  filter: InspectionFilter,
  page: PageArguments,
  orderBy?: InspectionOrder | null,
): Promise<Connection<Inspection>> {
  const problems = new InputProblems();
  checkRange(problems, filter.startedAt, "filter.startedAt");
  problems.throwIfAny();

  const query = dataSource.getRepository(Inspection).createQueryBuilder("inspection");
  const direction = directionFilter(filter.direction);
  query.andWhere("inspection.direction = :direction", { direction });
  if (filter.portCode) query.andWhere("inspection.portCode = :portCode", { portCode: filter.portCode });
  if (filter.kind) query.andWhere("inspection.kind = :kind", { kind: filter.kind });
  if (filter.result) query.andWhere("inspection.result = :result", { result: filter.result });
  if (filter.startedAt?.from) query.andWhere("inspection.startedAt >= :from", { from: filter.startedAt.from });
  if (filter.startedAt?.to) query.andWhere("inspection.startedAt < :to", { to: filter.startedAt.to });
  if (filter.agencyCode) {
    query.andWhere(
      (outer) =>
        `inspection.id IN ${outer.subQuery().select("agency.inspectionId").from(InspectionAgency, "agency").where("agency.agencyCode = :agencyCode").getQuery()}`,
      { agencyCode: filter.agencyCode },
    );
  }
  rows.restrictInspections(query, "inspection");
  // A partner shown a few kinds reads its page per kind and port (docs/performance.md).
  const branches = rows.inspectionBranches("inspection", { direction, portCode: filter.portCode, kind: filter.kind });
  return keysetPage(query, keysetOrder(INSPECTION_ORDERS, orderBy, InspectionOrder.byDefault), page, {
    branches: branches ?? [],
  });
}
