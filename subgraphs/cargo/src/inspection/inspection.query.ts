import { InputProblems } from "@frontera/federation";
import { type DataSource } from "typeorm";
import { type Connection } from "../connection/connection-type";
import { checkWindow } from "../connection/filter-errors";
import { keysetPage } from "../connection/keyset-page";
import { type InspectionFilter } from "./inspection.connection";
import { Inspection, InspectionAgency } from "./inspection.entity";

const INSPECTION_ORDER = {
  time: { column: "inspection.startedAt", of: (row: Inspection) => row.startedAt },
  key: { column: "inspection.id", of: (row: Inspection) => row.id },
};

export function findInspectionPage(
  dataSource: DataSource,
  filter: InspectionFilter,
  first: number,
  after: string | null | undefined,
): Promise<Connection<Inspection>> {
  const problems = new InputProblems();
  checkWindow(problems, filter.from, filter.to, "filter.to");
  problems.throwIfAny();

  const query = dataSource.getRepository(Inspection).createQueryBuilder("inspection");
  if (filter.portCode) query.andWhere("inspection.portCode = :portCode", { portCode: filter.portCode });
  if (filter.kind) query.andWhere("inspection.kind = :kind", { kind: filter.kind });
  if (filter.result) query.andWhere("inspection.result = :result", { result: filter.result });
  if (filter.from) query.andWhere("inspection.startedAt >= :from", { from: filter.from });
  if (filter.to) query.andWhere("inspection.startedAt < :to", { to: filter.to });
  if (filter.agencyCode) {
    query.andWhere(
      (outer) =>
        `inspection.id IN ${outer.subQuery().select("agency.inspectionId").from(InspectionAgency, "agency").where("agency.agencyCode = :agencyCode").getQuery()}`,
      { agencyCode: filter.agencyCode },
    );
  }
  return keysetPage(query, INSPECTION_ORDER, first, after);
}
