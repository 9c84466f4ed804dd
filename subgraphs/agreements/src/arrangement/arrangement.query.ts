import { type Access } from "@frontera/auth";
import { type DataSource } from "typeorm";
import { DataSharingArrangement } from "./arrangement.entity";
import { ArrangementStatus } from "./arrangement.enums";

/** Arrangements by recipient and status; EXPIRED is worked out from validTo at this instant. */
export function findArrangements(
  dataSource: DataSource,
  access: Access,
  recipient: string | null,
  status: ArrangementStatus | null,
): Promise<DataSharingArrangement[]> {
  const query = dataSource.getRepository(DataSharingArrangement).createQueryBuilder("arrangement");
  // A partner reads its own arrangements only; another agency's are as if they did not exist.
  if (access.claims.kind === "partner") {
    query.andWhere("arrangement.recipientCode = :own", { own: access.claims.agency });
  }
  const now = new Date();
  if (recipient) query.andWhere("arrangement.recipientCode = :recipient", { recipient });
  if (status === ArrangementStatus.REVOKED) {
    query.andWhere("arrangement.recordedStatus = :revoked", { revoked: ArrangementStatus.REVOKED });
  } else if (status === ArrangementStatus.EXPIRED) {
    query
      .andWhere("arrangement.recordedStatus <> :revoked", { revoked: ArrangementStatus.REVOKED })
      .andWhere("arrangement.validTo IS NOT NULL AND arrangement.validTo <= :now", { now });
  } else if (status) {
    query
      .andWhere("arrangement.recordedStatus = :status", { status })
      .andWhere("(arrangement.validTo IS NULL OR arrangement.validTo > :now)", { now });
  }
  return query.orderBy("arrangement.recipientCode", "ASC").addOrderBy("arrangement.id", "ASC").getMany();
}
