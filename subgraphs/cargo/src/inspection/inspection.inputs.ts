import { GraphQLCountryCode } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { InspectionKind, InspectionResult, RemedialAction } from "./inspection.enums";

@InputType()
export class OpenInspectionInput {
  @Field(() => ID)
  shipmentControlNumber: string;

  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field(() => [ID], { description: "Agency codes; UCP_JOINT and PRE_INSPECTION need one US and one MX agency." })
  agencies: string[];

  @Field(() => GraphQLCountryCode)
  locationCountry: string;

  @Field(() => ID, { nullable: true })
  programCode?: string;

  @Field()
  startedAt: Date;
}

@InputType()
export class PestFindingInput {
  @Field()
  taxon: string;

  @Field({ nullable: true })
  commonName?: string;

  @Field({ nullable: true })
  ppq523Serial?: string;

  @Field(() => RemedialAction)
  action: RemedialAction;
}

@InputType()
export class InspectionResultInput {
  @Field(() => ID, { description: "The inspection's global id, or its inspectionId." })
  inspectionId: string;

  @Field(() => InspectionResult, { description: "Anything but PENDING." })
  result: InspectionResult;

  @Field()
  endedAt: Date;

  @Field(() => [PestFindingInput], { defaultValue: [], description: "Agriculture inspections only." })
  pestFindings: PestFindingInput[];
}
