import { type Access, type ArrangementTerms, type Claims, computeAccess } from "@frontera/auth";
import { type Statement } from "@frontera/database";
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
  const standing = callerStandingStatement(dataSource, claims);
  assertCallerStanding(claims, await dataSource.query(standing.sql, standing.values));
  const arrangements = claims.kind === "partner" ? await activeArrangementsOf(dataSource, claims.agency) : [];
  return computeAccess(claims, arrangements);
}

/**
 * The caller's standing in one statement — its agency one Frontera knows, its token not revoked —
 * since it runs before every request this subgraph answers. Also sent by POST /disclosures in its
 * transaction's first round trip (disclosure-route.ts), and read by assertCallerStanding.
 */
export function callerStandingStatement(dataSource: DataSource, claims: Claims): Statement {
  const { agencies, revocations, column } = standingNames(dataSource);
  return {
    // Written out rather than built: the query builder cost a write to the log a third of a
    // millisecond each time (docs/performance.md, "The caller's standing in the append").
    sql: `SELECT ${column("code")} AS ${column("code")},
      (SELECT COUNT(*) FROM ${revocations} WHERE ${column("jti")} = ?) AS ${column("revocations")}
      FROM ${agencies} WHERE ${column("code")} = ?`,
    values: [claims.jti, claims.agency],
  };
}

/** The escaped names the standing reads. */
function standingNames(dataSource: DataSource) {
  const table = (entity: typeof Agency | typeof TokenRevocation) =>
    dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  return {
    agencies: table(Agency),
    revocations: table(TokenRevocation),
    column: (name: string) => dataSource.driver.escape(name),
  };
}

/**
 * The same standing as one SQL condition (true only for a known agency and a token not revoked),
 * for a write that checks it in its commit's guard instead of reading it first
 * (disclosure-append-batched.ts).
 */
export function callerStandingCondition(dataSource: DataSource, claims: Claims): Statement {
  const { agencies, revocations, column } = standingNames(dataSource);
  return {
    sql: `EXISTS (SELECT 1 FROM ${agencies} WHERE ${column("code")} = ?)
      AND NOT EXISTS (SELECT 1 FROM ${revocations} WHERE ${column("jti")} = ?)`,
    values: [claims.agency, claims.jti],
  };
}

/** Throws UNAUTHENTICATED unless the rows of callerStandingStatement show a caller in good standing. */
export function assertCallerStanding(claims: Claims, rows: unknown): void {
  const [row] = rows as Array<{ code: string; revocations: number | string }>;
  if (!row) throw unauthenticated(`no agency ${claims.agency}`);
  if (Number(row.revocations) > 0) throw unauthenticated("the token was revoked");
}
