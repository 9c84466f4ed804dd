import { Directive, Field, ID, InputType } from "type-graphql";
import { AssistanceConcern } from "./assistance.enums";

// `@oneOf`: the schema itself says exactly one subject is given, so a client's tooling knows it too.
@Directive("@oneOf")
@InputType({ description: "What a request is about: exactly one shipment, trip or trade party." })
export class AssistanceSubjectInput {
  @Field(() => ID, { nullable: true, description: "A shipment: its control number or global id." })
  shipmentControlNumber?: string | null;

  @Field(() => ID, { nullable: true, description: "A truck trip: its trip number or global id." })
  tripNumber?: string | null;

  @Field(() => ID, { nullable: true, description: "A trade party: its id or global id; needs `portCode`." })
  tradePartyId?: string | null;
}

@InputType({ description: "A question to another agency; it starts OPEN, asked by the caller's agency." })
export class OpenAssistanceRequestInput {
  @Field(() => ID, { description: "Agency code of the agency asked (e.g. ANAM)." })
  addresseeCode: string;

  @Field(() => ID, {
    description:
      "The agreement the request is made under (its global id or agreementId): SIGNED or IN_FORCE, both agencies (or their predecessors) parties.",
  })
  agreementId: string;

  @Field(() => AssistanceSubjectInput, { description: "The one record the question is about." })
  subject: AssistanceSubjectInput;

  @Field(() => ID, {
    nullable: true,
    description:
      "Where the request lives. A shipment or trip has its own port (taken from cargo; if given it must be the same); a trade party has none, so name the port where the question arises.",
  })
  portCode?: string | null;

  @Field(() => AssistanceConcern, { description: "What the requesting agency suspects." })
  concern: AssistanceConcern;

  @Field({ description: "The question, in words (at most 2,000 characters)." })
  question: string;

  @Field({ description: "When the answer is due: in the future, at most a year ahead." })
  dueAt: Date;
}
