import { type Access, type Claims, computeAccess } from "@frontera/auth";
import { unauthenticated } from "@frontera/service";
import { type DataSource, In } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { ArrangementPort, DataSharingArrangement } from "../arrangement/arrangement.entity";
import { ArrangementStatus } from "../arrangement/arrangement.enums";
import { TokenRevocation } from "./token-revocation.entity";

/** The arrangements of an agency that are in effect at this instant. */
export async function activeArrangementsOf(dataSource: DataSource, agency: string) {
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
    ports: ports.filter((port) => port.arrangementId === arrangement.id).map((port) => port.portCode),
  }));
}

/**
 * What a verified caller may see, from this subgraph's own tables: refused when its jti was
 * revoked or its agency is not one Frontera knows; for partners, only what active arrangements
 * grant, arrangement by arrangement. Read on every request here; the other services cache the
 * answer two seconds.
 */
export async function resolveAccessFromTables(dataSource: DataSource, claims: Claims): Promise<Access> {
  const [revoked, knownAgency] = await Promise.all([
    dataSource.getRepository(TokenRevocation).existsBy({ jti: claims.jti }),
    dataSource.getRepository(Agency).existsBy({ code: claims.agency }),
  ]);
  if (revoked) throw unauthenticated("the token was revoked");
  if (!knownAgency) throw unauthenticated(`no agency ${claims.agency}`);
  const arrangements = claims.kind === "partner" ? await activeArrangementsOf(dataSource, claims.agency) : [];
  return computeAccess(claims, arrangements);
}
