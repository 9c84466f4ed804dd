import { type AccessPolicy, forbiddenFilter } from "@frontera/auth";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { HoldKind } from "@frontera/code-lists";
import { InspectionKind, JOINT_KINDS } from "../inspection/inspection.enums";

export const INSPECTION_SCOPES = ["inspection:read", "inspection:joint:read", "inspection:agri:read"];

/** The inspection scopes that show an inspection of this kind (any one, at its port). */
export function inspectionScopesOf(kind: InspectionKind): string[] {
  const scopes = ["inspection:read"];
  if (JOINT_KINDS.includes(kind)) scopes.push("inspection:joint:read");
  if (kind === InspectionKind.AGRICULTURE) scopes.push("inspection:agri:read");
  return scopes;
}

export const HOLD_SCOPES = ["hold:read", "hold:agri:read"];

/** The hold scopes that show a hold of this kind (any one, at its port). */
export function holdScopesOf(kind: HoldKind): string[] {
  return kind === HoldKind.AGRICULTURAL ? ["hold:read", "hold:agri:read"] : ["hold:read"];
}

/** The scopes that place or release a hold of this kind (any one, at the shipment's port). */
export function holdWriteScopesOf(kind: HoldKind): string[] {
  return kind === HoldKind.AGRICULTURAL ? ["hold:write", "hold:agri:write"] : ["hold:write"];
}

/** Which rows one scope shows: these kinds (null: all) at these ports (null: all). */
interface KindRule {
  kinds: readonly string[] | null;
  ports: string[] | null;
}

const KINDS_OF_SCOPE: Record<string, readonly InspectionKind[] | null> = {
  "inspection:read": null,
  "inspection:joint:read": JOINT_KINDS,
  "inspection:agri:read": [InspectionKind.AGRICULTURE],
};

const HOLD_KINDS_OF_SCOPE: Record<string, readonly HoldKind[] | null> = {
  "hold:read": null,
  "hold:agri:read": [HoldKind.AGRICULTURAL],
};

function kindRules(policy: AccessPolicy, kindsOfScope: Record<string, readonly string[] | null>): KindRule[] {
  return Object.entries(kindsOfScope)
    .map(([scope, kinds]) => ({ kinds, ports: policy.portsWhere([scope]) }))
    .filter((rule) => rule.ports === null || rule.ports.length > 0);
}

/** Adds the rules to a query on `alias` as one OR of (kinds AND ports) clauses; `name` keeps parameters apart. */
function restrictByKindRules<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  rules: KindRule[],
  name: string,
): void {
  if (rules.some((rule) => rule.kinds === null && rule.ports === null)) return;
  if (rules.length === 0) {
    query.andWhere("1 = 0");
    return;
  }
  const parameters: Record<string, unknown> = {};
  const clauses = rules.map((rule, i) => {
    const parts: string[] = [];
    if (rule.kinds) {
      parts.push(`${alias}.kind IN (:...${name}Kinds${i})`);
      parameters[`${name}Kinds${i}`] = rule.kinds;
    }
    if (rule.ports) {
      parts.push(`${alias}.portCode IN (:...${name}Ports${i})`);
      parameters[`${name}Ports${i}`] = rule.ports;
    }
    return `(${parts.join(" AND ") || "1 = 1"})`;
  });
  query.andWhere(`(${clauses.join(" OR ")})`, parameters);
}

/**
 * The rows of cargo one caller may see, as SQL and as checks on loaded rows: shipments and trips
 * at the ports where cargo:manifest:read holds; inspections of the kinds each inspection scope
 * shows, at the ports where that scope holds. Built from the request's AccessPolicy, the one
 * source of "which scope holds where" (docs/security-model.md).
 */
export class CargoRowPolicy {
  readonly manifestPorts: string[] | null;
  private readonly inspectionRules: KindRule[];
  private readonly holdRules: KindRule[];

  constructor(readonly policy: AccessPolicy) {
    this.manifestPorts = policy.portsWhere(["cargo:manifest:read"]);
    this.inspectionRules = kindRules(policy, KINDS_OF_SCOPE);
    this.holdRules = kindRules(policy, HOLD_KINDS_OF_SCOPE);
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
    restrictByKindRules(query, alias, this.inspectionRules, "rule");
  }

  /** Holds as inspections: `hold:read` every kind, `hold:agri:read` AGRICULTURAL, each where it holds. */
  restrictHolds<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string): void {
    restrictByKindRules(query, alias, this.holdRules, "holdRule");
  }

  /** No hold scope anywhere: a hold lookup would find nothing, so none is sent. */
  readsNoHolds(): boolean {
    return this.holdRules.length === 0;
  }

  holdVisible(hold: { kind: HoldKind; portCode: string }): boolean {
    return this.policy.holdsAt(holdScopesOf(hold.kind), [hold.portCode]);
  }

  /** Whether the caller sees every hold at this port: with every inspection, the stored status is its to read. */
  seesEveryHoldAt(portCode: string): boolean {
    return this.policy.holdsAt(["hold:read"], [portCode]);
  }

  /** Whether the caller sees every inspection at this port: then a shipment's stored status is its to read. */
  seesEveryInspectionAt(portCode: string): boolean {
    return this.policy.holdsAt(["inspection:read"], [portCode]);
  }

  /**
   * A shipment's stored status is derived from all its inspections and holds: filtering on it
   * would answer what the inspection and hold fields refuse. It needs inspection:read and
   * hold:read wherever the rows may be.
   */
  checkStatusFilter(portCode: string | undefined): void {
    const everywhere = (scope: string) => this.policy.holdsWherever([scope], ["cargo:manifest:read"]);
    const allowed = portCode
      ? this.seesEveryInspectionAt(portCode) && this.seesEveryHoldAt(portCode)
      : everywhere("inspection:read") && everywhere("hold:read");
    if (!allowed) {
      throw forbiddenFilter(
        "filter.status",
        ["inspection:read", "hold:read"],
        "at every port the shipments may be at, as a status comes from every inspection and hold",
      );
    }
  }
}
