import { type DataSource } from "typeorm";
import { toIsoDate } from "@frontera/federation";
import { AgreementParty, AgreementProgram } from "./agreement-links.entity";
import { Agreement } from "./agreement.entity";
import { type AgreementFilter } from "./agreement.inputs";

/** Agreements matching every condition of the filter, most recently signed first. */
export function findAgreements(dataSource: DataSource, filter: AgreementFilter): Promise<Agreement[]> {
  const query = dataSource.getRepository(Agreement).createQueryBuilder("agreement");
  if (filter.party) {
    query.andWhere(
      (outer) =>
        `agreement.id IN ${outer.subQuery().select("party.agreementId").from(AgreementParty, "party").where("party.agencyCode = :party").getQuery()}`,
      { party: filter.party },
    );
  }
  if (filter.programCode) {
    query.andWhere(
      (outer) =>
        `agreement.id IN ${outer.subQuery().select("basis.agreementId").from(AgreementProgram, "basis").where("basis.programCode = :programCode").getQuery()}`,
      { programCode: filter.programCode },
    );
  }
  if (filter.status) query.andWhere("agreement.status = :status", { status: filter.status });
  if (filter.signedFrom)
    query.andWhere("agreement.signedOn >= :signedFrom", { signedFrom: toIsoDate(filter.signedFrom) });
  if (filter.signedTo) query.andWhere("agreement.signedOn <= :signedTo", { signedTo: toIsoDate(filter.signedTo) });
  return query.orderBy("agreement.signedOn", "DESC").addOrderBy("agreement.id", "ASC").getMany();
}
