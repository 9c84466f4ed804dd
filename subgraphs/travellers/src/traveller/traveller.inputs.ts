import { GraphQLCountryCode, GraphQLDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { CrossingLane, CrossingMode, Direction } from "../crossing/crossing.entity";
import { DocumentType } from "../document/travel-document.entity";
import { Sex } from "./traveller.entity";

@InputType()
export class RegisterTravellerInput {
  @Field()
  familyName: string;

  @Field()
  givenNames: string;

  @Field(() => GraphQLDate)
  dateOfBirth: Date;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => [GraphQLCountryCode])
  citizenships: string[];
}

@InputType()
export class TravelDocumentInput {
  @Field(() => DocumentType)
  type: DocumentType;

  @Field()
  number: string;

  @Field(() => GraphQLCountryCode)
  issuingCountry: string;

  @Field(() => GraphQLDate)
  expiresOn: Date;

  @Field({
    nullable: true,
    description: "The machine-readable zone, lines separated by a newline; check digits verified.",
  })
  mrz?: string;
}

@InputType()
export class MembershipInput {
  @Field(() => ID, { description: "SENTRI, GLOBAL_ENTRY, FAST or VIAJERO_CONFIABLE." })
  programCode: string;

  @Field({ description: "9-digit PASSID, the same for all of a traveller's programs." })
  passId: string;

  @Field(() => GraphQLDate)
  validUntil: Date;
}

@InputType()
export class CrossingInput {
  @Field(() => ID, { description: "The traveller: their global id, or their travellerId." })
  travellerId: string;

  @Field(() => ID)
  portCode: string;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => CrossingMode)
  mode: CrossingMode;

  @Field(() => CrossingLane)
  lane: CrossingLane;

  @Field()
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: "The document shown (one of the traveller's): its global id, or its documentId.",
  })
  documentId?: string;

  @Field(() => ID, { nullable: true, description: "Commercial drivers: the trip they drive." })
  tripNumber?: string;
}
