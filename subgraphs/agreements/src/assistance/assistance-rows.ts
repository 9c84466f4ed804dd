import { type AccessPolicy } from "@frontera/auth";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { AssistanceDirection } from "./assistance.enums";

/** One side of a request: the caller's agency in that role, at the ports where the role's scope holds (null: every port). */
interface Side {
  direction: AssistanceDirection;
  column: "requesterCode" | "addresseeCode";
  ports: string[] | null;
}

/**
 * Which assistance requests one caller sees, as SQL and as a check on a loaded row: those its
 * agency sent, where `enforcement:request` holds for it at the request's port, and those
 * addressed to its agency, where `enforcement:respond` holds there. Every caller — internal ones
 * too — is bound to its own agency: a request between two other agencies is as if it did not
 * exist. Lists, counts, lookups by id and `_entities` all read through it.
 */
export class AssistanceRows {
  private readonly sides: Side[];

  constructor(
    readonly policy: AccessPolicy,
    readonly agency: string,
  ) {
    const sides: Side[] = [
      {
        direction: AssistanceDirection.SENT,
        column: "requesterCode",
        ports: policy.portsWhere(["enforcement:request"]),
      },
      {
        direction: AssistanceDirection.RECEIVED,
        column: "addresseeCode",
        ports: policy.portsWhere(["enforcement:respond"]),
      },
    ];
    this.sides = sides.filter((side) => side.ports === null || side.ports.length > 0);
  }

  /** Whether the caller may act as this side of this request (send: open, close; receive: answer, decline). */
  actsAs(direction: AssistanceDirection, row: { requesterCode: string; addresseeCode: string; portCode: string }) {
    const side = this.sides.find((candidate) => candidate.direction === direction);
    return (
      side !== undefined &&
      row[side.column] === this.agency &&
      (side.ports === null || side.ports.includes(row.portCode))
    );
  }

  /** Whether the caller sees this request at all. */
  visible(row: { requesterCode: string; addresseeCode: string; portCode: string }): boolean {
    return this.sides.some((side) => this.actsAs(side.direction, row));
  }

  /** The caller's side of a request it sees: SENT when its agency asked (an agency asking itself is refused). */
  directionOf(row: { requesterCode: string }): AssistanceDirection {
    return row.requesterCode === this.agency ? AssistanceDirection.SENT : AssistanceDirection.RECEIVED;
  }

  /** Adds the rule to a query on `alias`, optionally one direction only, as one OR of (agency AND ports). */
  restrict<Row extends ObjectLiteral>(
    query: SelectQueryBuilder<Row>,
    alias: string,
    direction?: AssistanceDirection | null,
  ): void {
    const sides = this.sides.filter((side) => !direction || side.direction === direction);
    if (sides.length === 0) {
      query.andWhere("1 = 0");
      return;
    }
    const parameters: Record<string, unknown> = { ownAgency: this.agency };
    const clauses = sides.map((side, i) => {
      if (side.ports === null) return `${alias}.${side.column} = :ownAgency`;
      parameters[`sidePorts${i}`] = side.ports;
      return `(${alias}.${side.column} = :ownAgency AND ${alias}.portCode IN (:...sidePorts${i}))`;
    });
    query.andWhere(`(${clauses.join(" OR ")})`, parameters);
  }
}
