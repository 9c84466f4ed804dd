import { GraphQLCountryCode, GraphQLDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { Lane } from "@frontera/federation";
import { CrossingMode, Direction } from "../crossing/crossing.entity";
import { DocumentType } from "../document/travel-document.entity";
import { Sex } from "./traveller.entity";

@InputType({ description: "A person to register." })
export class RegisterTravellerInput {
  @Field({ description: "Family name(s) as on the travel document." })
  familyName: string;

  @Field({ description: "Given names as on the travel document." })
  givenNames: string;

  @Field(() => GraphQLDate, { description: "Date of birth; not in the future, not before 1900." })
  dateOfBirth: Date;

  @Field(() => Sex, { description: "Sex as on the travel document." })
  sex: Sex;

  @Field(() => [GraphQLCountryCode], { description: "Countries of citizenship (ISO 3166 alpha-2); at least one." })
  citizenships: string[];
}

@InputType({ description: "A passport or card to add to a traveller." })
export class TravelDocumentInput {
  @Field(() => DocumentType, { description: "The kind of document." })
  type: DocumentType;

  @Field({ description: "The document number, 5 to 20 capital letters or digits." })
  number: string;

  @Field(() => GraphQLCountryCode, { description: "The issuing country (ISO 3166 alpha-2)." })
  issuingCountry: string;

  @Field(() => GraphQLDate, { description: "The expiry date." })
  expiresOn: Date;

  @Field({
    nullable: true,
    description: "The machine-readable zone, lines separated by a newline; check digits verified.",
  })
  mrz?: string;
}

@InputType({ description: "A trusted-traveller membership to enrol." })
export class MembershipInput {
  @Field(() => ID, { description: "SENTRI, GLOBAL_ENTRY, FAST or VIAJERO_CONFIABLE." })
  programCode: string;

  @Field({ description: "9-digit PASSID, the same for all of a traveller's programs." })
  passId: string;

  @Field(() => GraphQLDate, { description: "The last day of validity; in the future." })
  validUntil: Date;
}

@InputType({ description: "A traveller passing a port of entry." })
export class CrossingInput {
  @Field(() => ID, { description: "The traveller: their global id, or their travellerId." })
  travellerId: string;

  @Field(() => ID, { description: "The port of entry (CBP Schedule D code)." })
  portCode: string;

  @Field(() => Direction, { description: "Which way the traveller crossed." })
  direction: Direction;

  @Field(() => CrossingMode, {
    description:
      "How the traveller crossed; the port must handle that traffic. Not COMMERCIAL_DRIVER: a truck driver's crossing is recorded with the trip (`recordTripCrossing`).",
  })
  mode: CrossingMode;

  @Field(() => Lane, {
    description:
      "The lane used: STANDARD, READY (an RFID card) or SENTRI (an active SENTRI membership); FAST and UCP are truck lanes.",
  })
  lane: Lane;

  @Field({ description: "When the traveller crossed; not in the future." })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: "The document shown (one of the traveller's): its global id, or its documentId.",
  })
  documentId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Always refused (TRIP_CROSSING_RECORDED_BY_CARGO): a trip's crossing is recorded once, by `recordTripCrossing`, and shows among the driver's crossings.",
  })
  tripNumber?: string;
}
