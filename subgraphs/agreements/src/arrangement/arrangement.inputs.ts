import { Field, ID, InputType } from "type-graphql";
import { Scope } from "../access/scope.enum";
import { ArrangementCoverage, ArrangementStatus } from "./arrangement.enums";
import { Direction } from "@frontera/federation";

@InputType({ description: "Every given condition must hold." })
export class ArrangementFilter {
  @Field(() => ID, { nullable: true, description: "The code of the agency that receives the data." })
  recipientCode?: string | null;

  @Field(() => ArrangementStatus, { nullable: true, description: "Only arrangements with this status." })
  status?: ArrangementStatus | null;
}

@InputType({ description: "A new data-sharing arrangement between two agencies; it starts ACTIVE." })
export class CreateArrangementInput {
  @Field(() => ID, { description: "Agency code of the agency whose data is shared (e.g. CBP)." })
  providerCode: string;

  @Field(() => ID, { description: "Agency code of the partner that receives it." })
  recipientCode: string;

  @Field(() => ID, {
    description:
      "The agreement that allows the sharing (its global id or agreementId): SIGNED or IN_FORCE, both agencies parties.",
  })
  agreementId: string;

  @Field(() => [Scope], { description: "Read scopes to grant, e.g. CARGO_MANIFEST_READ; never RISK_READ." })
  scopes: string[];

  @Field(() => ArrangementCoverage, {
    description: "ALL_PORTS, or LISTED_PORTS with the ports listed in `portCodes`: always stated, never inferred.",
  })
  coverage: ArrangementCoverage;

  @Field(() => [ID], {
    nullable: true,
    description: "Port codes covered: at least one with LISTED_PORTS; absent or empty with ALL_PORTS.",
  })
  portCodes?: string[] | null;

  @Field(() => [Direction], {
    nullable: true,
    description: "Which way's trade the recipient receives; absent: NORTHBOUND only. At least one when given.",
  })
  directions?: Direction[] | null;

  @Field({ description: "Why the recipient receives the data, in words." })
  purpose: string;

  @Field({ description: "Whether the recipient has assured it keeps the data confidential." })
  confidentialityAssurance: boolean;

  @Field({ description: "When the arrangement starts to grant its scopes." })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Absent: until suspended or revoked." })
  validTo?: Date | null;
}
