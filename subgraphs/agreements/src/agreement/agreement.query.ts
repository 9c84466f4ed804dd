import { type DataSource } from "typeorm";
import { InputProblems, checkRange, toIsoDate } from "@frontera/federation";
import { AgreementParty, AgreementProgram } from "./agreement-links.entity";
import { Agreement } from "./agreement.entity";
import { type AgreementFilter } from "./agreement.inputs";

/** Agreements matching every condition of the filter, most recently signed first. */
export function findAgreements(dataSource: DataSource, filter: AgreementFilter): Promise<Agreement[]> {
  const problems = new InputProblems();
  checkRange(problems, filter.signedOn, "filter.signedOn");
  problems.throwIfAny();
  const query = dataSource.getRepository(Agreement).createQueryBuilder("agreement");
  if (filter.partyCode) {
    query.andWhere(
      (outer) =>
        `agreement.id IN ${outer.subQuery().select("party.agreementId").from(AgreementParty, "party").where("party.agencyCode = :party").getQuery()}`,
      { party: filter.partyCode },
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
  const signed = filter.signedOn;
  if (signed?.from) query.andWhere("agreement.signedOn >= :signedFrom", { signedFrom: toIsoDate(signed.from) });
  if (signed?.to) query.andWhere("agreement.signedOn < :signedTo", { signedTo: toIsoDate(signed.to) });
  return query.orderBy("agreement.signedOn", "DESC").addOrderBy("agreement.id", "ASC").getMany();
}
