import { type Access, type ArrangementTerms, type Claims, computeAccess } from "@frontera/auth";
import { unauthenticated } from "@frontera/service";
import { type DataSource, In } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { ArrangementPort, DataSharingArrangement } from "../arrangement/arrangement.entity";
import { ArrangementCoverage, ArrangementStatus } from "../arrangement/arrangement.enums";
import { TokenRevocation } from "./token-revocation.entity";

/**
 * The arrangements of an agency that are in effect at this instant, each with its ports: null for
 * every port (ALL_PORTS, as stored), the listed ones otherwise.
 */
export async function activeArrangementsOf(dataSource: DataSource, agency: string): Promise<ArrangementTerms[]> {
  const now = new Date();
  const arrangements = await dataSource
    .getRepository(DataSharingArrangement)
    .createQueryBuilder("arrangement")
    .where("arrangement.recipientCode = :agency", { agency })
    .andWhere("arrangement.recordedStatus = :active", { active: ArrangementStatus.ACTIVE })
    .andWhere("arrangement.validFrom <= :now", { now })
    .andWhere("(arrangement.validTo IS NULL OR arrangement.validTo > :now)", { now })
    .getMany();
  const ports = arrangements.length
    ? await dataSource.getRepository(ArrangementPort).findBy({ arrangementId: In(arrangements.map((a) => a.id)) })
    : [];
  return arrangements.map((arrangement) => ({
    id: arrangement.id,
    scopes: arrangement.scopes,
    documentIds: arrangement.documentIds ?? null,
    directions: arrangement.directions,
    ports:
      arrangement.coverage === ArrangementCoverage.ALL_PORTS
        ? null
        : ports.filter((port) => port.arrangementId === arrangement.id).map((port) => port.portCode),
  }));
}

/**
 * What a verified caller may see, from this subgraph's own tables: refused when its jti was
 * revoked or its agency is not one Frontera knows; for partners, only what active arrangements
 * grant, arrangement by arrangement. Read on every request here; the other services cache the
 * answer two seconds.
 */
export async function resolveAccessFromTables(dataSource: DataSource, claims: Claims): Promise<Access> {
  // One statement for both checks: this runs before every request the subgraph answers.
  const row = await dataSource
    .getRepository(Agency)
    .createQueryBuilder("agency")
    .select("agency.code", "code")
    .addSelect(
      (revocations) =>
        revocations.select("COUNT(*)").from(TokenRevocation, "revocation").where("revocation.jti = :jti"),
      "revocations",
    )
    .where("agency.code = :agency")
    .setParameters({ agency: claims.agency, jti: claims.jti })
    .getRawOne<{ code: string; revocations: number | string }>();
  if (!row) throw unauthenticated(`no agency ${claims.agency}`);
  if (Number(row.revocations) > 0) throw unauthenticated("the token was revoked");
  const arrangements = claims.kind === "partner" ? await activeArrangementsOf(dataSource, claims.agency) : [];
  return computeAccess(claims, arrangements);
}
