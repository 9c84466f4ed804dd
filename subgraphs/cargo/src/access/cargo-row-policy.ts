import { type AccessPolicy } from "@frontera/auth";
import { GraphQLError } from "graphql";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { InspectionKind, JOINT_KINDS } from "../inspection/inspection.enums";

export const INSPECTION_SCOPES = ["inspection:read", "inspection:joint:read", "inspection:agri:read"];

/** The inspection scopes that show an inspection of this kind (any one, at its port). */
export function inspectionScopesOf(kind: InspectionKind): string[] {
  const scopes = ["inspection:read"];
  if (JOINT_KINDS.includes(kind)) scopes.push("inspection:joint:read");
  if (kind === InspectionKind.AGRICULTURE) scopes.push("inspection:agri:read");
  return scopes;
}

/** Which inspection rows one inspection scope shows: these kinds (null: all) at these ports (null: all). */
interface InspectionRule {
  kinds: readonly InspectionKind[] | null;
  ports: string[] | null;
}

const KINDS_OF_SCOPE: Record<string, readonly InspectionKind[] | null> = {
  "inspection:read": null,
  "inspection:joint:read": JOINT_KINDS,
  "inspection:agri:read": [InspectionKind.AGRICULTURE],
};

/**
 * The rows of cargo one caller may see, as SQL and as checks on loaded rows: shipments and trips
 * at the ports where cargo:manifest:read holds; inspections of the kinds each inspection scope
 * shows, at the ports where that scope holds. Built from the request's AccessPolicy, the one
 * source of "which scope holds where" (docs/security-model.md).
 */
export class CargoRowPolicy {
  readonly manifestPorts: string[] | null;
  private readonly inspectionRules: InspectionRule[];

  constructor(readonly policy: AccessPolicy) {
    this.manifestPorts = policy.portsWhere(["cargo:manifest:read"]);
    this.inspectionRules = Object.entries(KINDS_OF_SCOPE)
      .map(([scope, kinds]) => ({ kinds, ports: policy.portsWhere([scope]) }))
      .filter((rule) => rule.ports === null || rule.ports.length > 0);
  }

  atManifestPort(portCode: string): boolean {
    return this.manifestPorts === null || this.manifestPorts.includes(portCode);
  }

  inspectionVisible(inspection: { kind: InspectionKind; portCode: string }): boolean {
    return this.policy.holdsAt(inspectionScopesOf(inspection.kind), [inspection.portCode]);
  }

  /** Adds `column IN (manifest ports)` to a query; nothing when every port is visible. */
  restrictToManifestPorts<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, column: string): void {
    if (this.manifestPorts === null) return;
    if (this.manifestPorts.length === 0) query.andWhere("1 = 0");
    else query.andWhere(`${column} IN (:...visiblePorts)`, { visiblePorts: this.manifestPorts });
  }

  /** Adds the inspection rules to a query on `alias` as one OR of (kinds AND ports) clauses. */
  restrictInspections<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    if (this.inspectionRules.some((rule) => rule.kinds === null && rule.ports === null)) return;
    if (this.inspectionRules.length === 0) {
      query.andWhere("1 = 0");
      return;
    }
    const parameters: Record<string, unknown> = {};
    const clauses = this.inspectionRules.map((rule, i) => {
      const parts: string[] = [];
      if (rule.kinds) {
        parts.push(`${alias}.kind IN (:...ruleKinds${i})`);
        parameters[`ruleKinds${i}`] = rule.kinds;
      }
      if (rule.ports) {
        parts.push(`${alias}.portCode IN (:...rulePorts${i})`);
        parameters[`rulePorts${i}`] = rule.ports;
      }
      return `(${parts.join(" AND ") || "1 = 1"})`;
    });
    query.andWhere(`(${clauses.join(" OR ")})`, parameters);
  }

  /** Whether the caller sees every inspection at this port: then a shipment's stored status is its to read. */
  seesEveryInspectionAt(portCode: string): boolean {
    return this.policy.holdsAt(["inspection:read"], [portCode]);
  }

  /**
   * A shipment's stored status is derived from all its inspections: filtering on it would answer
   * what the inspection fields refuse. It needs inspection:read wherever the rows may be.
   */
  checkStatusFilter(portCode: string | undefined): void {
    const allowed = portCode
      ? this.seesEveryInspectionAt(portCode)
      : this.policy.holdsWherever(["inspection:read"], ["cargo:manifest:read"]);
    if (!allowed) {
      throw new GraphQLError(
        "filter.status needs inspection:read at every port the shipments may be at: a status comes from every inspection",
        { extensions: { code: "FORBIDDEN", field: "filter.status", requiredScopes: ["inspection:read"] } },
      );
    }
  }
}
