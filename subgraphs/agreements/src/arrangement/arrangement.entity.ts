import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Scope } from "../access/scope.enum";
import { Direction } from "@frontera/federation";
import {
  ARRANGEMENT_COVERAGES,
  ArrangementCoverage,
  ArrangementStatus,
  RECORDED_ARRANGEMENT_STATUSES,
  type RecordedArrangementStatus,
} from "./arrangement.enums";

@Directive('@key(fields: "arrangementId")')
@Directive(scopeDirective("reference:read"))
@ObjectType({
  description:
    "What one agency may see of another's data, under which agreement, at which ports and until when: the source of every partner scope.",
})
@Entity("data_sharing_arrangements")
@Index(["recipientCode"])
export class DataSharingArrangement {
  @Field(() => ID, {
    name: "arrangementId",
    description: "The arrangement's own id: a slug such as cbp-anam-ucp, or a UUID for one created through the API.",
  })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  providerCode: string;

  @Column({ type: "varchar", length: 16 })
  recipientCode: string;

  @Column({ type: "varchar", length: 64 })
  agreementId: string;

  @Field(() => [Scope], { description: "Scopes granted to the recipient." })
  @Column({ type: "simple-json" })
  scopes: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      "The only registered documents (trusted-document ids, see the manifest) the recipient may run under this arrangement; null: any document. Set with restrictArrangementDocuments.",
  })
  @Column({ type: "simple-json", nullable: true })
  documentIds: string[] | null;

  // Null: NORTHBOUND only, what every arrangement covered before directions were kept (so rows
  // stored before then keep exactly their reach). Read through `directions`.
  @Column({ name: "directions", type: "simple-json", nullable: true })
  storedDirections: Direction[] | null;

  @Field(() => [Direction], {
    description:
      "Which way's trade (trips, shipments and what hangs from them) the recipient receives: NORTHBOUND, SOUTHBOUND or both, at the arrangement's ports.",
  })
  get directions(): Direction[] {
    return this.storedDirections ?? [Direction.NORTHBOUND];
  }

  @Field(() => ArrangementCoverage, {
    description: "Every port, or only the listed ports: this decides where the scopes hold, not `ports`.",
  })
  @Column({ type: "simple-enum", enum: ARRANGEMENT_COVERAGES })
  coverage: ArrangementCoverage;

  @Field()
  @Column({ type: "varchar", length: 500 })
  purpose: string;

  @Field({ description: "The recipient has assured the confidentiality of what it receives." })
  @Column({ type: "boolean" })
  confidentialityAssurance: boolean;

  @Field()
  @Column({ type: "datetime" })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Null: until suspended or revoked." })
  @Column({ type: "datetime", nullable: true })
  validTo: Date | null;

  @Column({ type: "simple-enum", enum: RECORDED_ARRANGEMENT_STATUSES })
  recordedStatus: RecordedArrangementStatus;

  @Field(() => Date)
  @Column({ type: "datetime" })
  updatedAt: Date;

  @Field(() => ArrangementStatus, { description: "EXPIRED once validTo has passed, unless revoked." })
  get status(): ArrangementStatus {
    if (this.recordedStatus === ArrangementStatus.REVOKED) return ArrangementStatus.REVOKED;
    if (this.validTo && this.validTo.getTime() <= Date.now()) return ArrangementStatus.EXPIRED;
    return this.recordedStatus;
  }
}

@Entity("arrangement_ports")
@Index(["portCode"])
export class ArrangementPort {
  @PrimaryColumn({ type: "varchar", length: 64 })
  arrangementId: string;

  @PrimaryColumn({ type: "varchar", length: 4 })
  portCode: string;
}
