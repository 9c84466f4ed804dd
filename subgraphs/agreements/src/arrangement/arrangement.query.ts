import { type DataSource } from "typeorm";
import { DataSharingArrangement } from "./arrangement.entity";
import { ArrangementStatus } from "./arrangement.enums";

/** Arrangements by recipient and status; EXPIRED is worked out from validTo at this instant. */
export function findArrangements(
  dataSource: DataSource,
  recipient: string | null,
  status: ArrangementStatus | null,
): Promise<DataSharingArrangement[]> {
  const query = dataSource.getRepository(DataSharingArrangement).createQueryBuilder("arrangement");
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
