import { Field, ID, InputType } from "type-graphql";
import { Scope } from "../access/scope.enum";
import { ArrangementCoverage } from "./arrangement.enums";

@InputType({ description: "A new data-sharing arrangement between two agencies; it starts ACTIVE." })
export class CreateArrangementInput {
  @Field(() => ID, { description: "Agency code of the agency whose data is shared (e.g. CBP)." })
  provider: string;

  @Field(() => ID, { description: "Agency code of the partner that receives it." })
  recipient: string;

  @Field(() => ID, {
    description:
      "The agreement that allows the sharing (its global id or agreementId): SIGNED or IN_FORCE, both agencies parties.",
  })
  agreement: string;

  @Field(() => [Scope], { description: "Read scopes to grant, e.g. CARGO_MANIFEST_READ; never RISK_READ." })
  scopes: string[];

  @Field(() => ArrangementCoverage, {
    description: "ALL_PORTS, or LISTED_PORTS with the ports listed in `ports`: always stated, never inferred.",
  })
  coverage: ArrangementCoverage;

  @Field(() => [ID], {
    nullable: true,
    description: "Port codes covered: at least one with LISTED_PORTS; absent or empty with ALL_PORTS.",
  })
  ports?: string[] | null;

  @Field({ description: "Why the recipient receives the data, in words." })
  purpose: string;

  @Field({ description: "Whether the recipient has assured it keeps the data confidential." })
  confidentialityAssurance: boolean;

  @Field({ description: "When the arrangement starts to grant its scopes." })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Absent: until suspended or revoked." })
  validTo?: Date | null;
}
