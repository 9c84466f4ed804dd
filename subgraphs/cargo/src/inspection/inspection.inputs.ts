import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ID, InputType } from "type-graphql";
import { InspectionKind, InspectionResult, RemedialAction } from "./inspection.enums";

// `@oneOf`: the schema itself says exactly one field is given, so a client's tooling knows it too.
@Directive("@oneOf")
@InputType({ description: "What an inspection examines: exactly one shipment, or one trip as a whole." })
export class InspectionTargetInput {
  @Field(() => ID, { nullable: true, description: "The shipment inspected." })
  shipmentControlNumber?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The trip inspected as a whole (the truck and every shipment on it, e.g. one NII X-ray). Its result counts for every shipment of the trip.",
  })
  tripNumber?: string | null;
}

@InputType({ description: "An inspection to open; its result starts PENDING." })
export class OpenInspectionInput {
  @Field(() => InspectionTargetInput, { description: "The shipment or the trip inspected." })
  target: InspectionTargetInput;

  @Field(() => InspectionKind, { description: "What kind of inspection." })
  kind: InspectionKind;

  @Field(() => [ID], { description: "Agency codes; UCP_JOINT and PRE_INSPECTION need one US and one MX agency." })
  agencyCodes: string[];

  @Field(() => GraphQLCountryCode, {
    description: "Where the inspection takes place (ISO 3166 alpha-2): MX for a pre-inspection in Mexico.",
  })
  locationCountry: string;

  @Field(() => ID, { nullable: true, description: "The program the inspection is held under (e.g. UCP, CPI), if any." })
  programCode?: string;

  @Field({ description: "When the inspection started; not in the future." })
  startedAt: Date;
}

@InputType({ description: "A pest found in an agriculture inspection." })
export class PestFindingInput {
  @Field({ description: "Scientific name, e.g. Anastrepha ludens." })
  taxon: string;

  @Field({ nullable: true, description: "Common name, e.g. Mexican fruit fly." })
  commonName?: string;

  @Field({
    nullable: true,
    description: "Serial of the PPQ 523 emergency action notification, 3 to 20 letters, digits or hyphens.",
  })
  ppq523Serial?: string;

  @Field(() => RemedialAction, { description: "What was done with the consignment." })
  action: RemedialAction;
}

@InputType({ description: "The result of a PENDING inspection." })
export class InspectionResultInput {
  @Field(() => ID, { description: "The inspection's global id, or its inspectionId." })
  inspectionId: string;

  @Field(() => InspectionResult, { description: "Anything but PENDING." })
  result: InspectionResult;

  @Field({ description: "When the inspection ended; not before it started, not in the future." })
  endedAt: Date;

  @Field(() => [PestFindingInput], { defaultValue: [], description: "Agriculture inspections only." })
  pestFindings: PestFindingInput[];
}
