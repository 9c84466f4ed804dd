import { type Access, portsWhere } from "@frontera/auth";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { InspectionKind, JOINT_KINDS } from "../inspection/inspection.enums";

/** Which inspection rows one grant shows: these kinds (null: all) at these ports (null: all). */
interface InspectionRule {
  kinds: readonly InspectionKind[] | null;
  ports: string[] | null;
}

export const INSPECTION_SCOPES = ["inspection:read", "inspection:joint:read", "inspection:agri:read"];

const KINDS_OF_SCOPE: Record<string, readonly InspectionKind[] | null> = {
  "inspection:read": null,
  "inspection:joint:read": JOINT_KINDS,
  "inspection:agri:read": [InspectionKind.AGRICULTURE],
};

/**
 * The rows of cargo a caller may see: shipments and trips at the ports of its
 * cargo:manifest:read grants; inspections of the kinds each inspection scope allows, at the ports
 * of the arrangement granting that scope. Internal grants hold at every port.
 */
export class CargoVisibility {
  readonly manifestPorts: string[] | null;
  readonly inspectionRules: InspectionRule[];

  constructor(access: Access) {
    this.manifestPorts = portsWhere(access, ["cargo:manifest:read"]);
    this.inspectionRules = access.grants
      .filter((grant) => grant.scope in KINDS_OF_SCOPE)
      .map((grant) => ({ kinds: KINDS_OF_SCOPE[grant.scope], ports: grant.ports }));
  }

  atManifestPort(portCode: string): boolean {
    return this.manifestPorts === null || this.manifestPorts.includes(portCode);
  }

  inspectionVisible(inspection: { kind: InspectionKind; portCode: string }): boolean {
    return this.inspectionRules.some(
      (rule) =>
        (rule.kinds === null || rule.kinds.includes(inspection.kind)) &&
        (rule.ports === null || rule.ports.includes(inspection.portCode)),
    );
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
        parts.push(rule.ports.length ? `${alias}.portCode IN (:...rulePorts${i})` : "1 = 0");
        if (rule.ports.length) parameters[`rulePorts${i}`] = rule.ports;
      }
      return `(${parts.join(" AND ") || "1 = 1"})`;
    });
    query.andWhere(`(${clauses.join(" OR ")})`, parameters);
  }
}
