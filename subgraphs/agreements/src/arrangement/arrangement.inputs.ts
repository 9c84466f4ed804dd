import { Field, ID, InputType } from "type-graphql";

@InputType()
export class CreateArrangementInput {
  @Field(() => ID, { description: "Agency code of the agency whose data is shared (e.g. CBP)." })
  provider: string;

  @Field(() => ID, { description: "Agency code of the partner that receives it." })
  recipient: string;

  @Field(() => ID, { description: "The agreement that allows the sharing: SIGNED or IN_FORCE, both agencies parties." })
  agreement: string;

  @Field(() => [String], { description: "Read scopes of the SECURITY.md vocabulary; never risk:read." })
  scopes: string[];

  @Field(() => [ID], { defaultValue: [], description: "Port codes the arrangement covers; empty: every port." })
  ports: string[];

  @Field()
  purpose: string;

  @Field()
  confidentialityAssurance: boolean;

  @Field()
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Absent: until suspended or revoked." })
  validTo?: Date | null;
}
