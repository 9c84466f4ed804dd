import { scopeDirective } from "@frontera/auth";
import { GraphQLCountryCode, GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Sex } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { Sex };

registerEnumType(Sex, {
  name: "Sex",
  description: "As printed on the travel document (ICAO 9303: F, M or X).",
  valuesConfig: {
    F: { description: "Female." },
    M: { description: "Male." },
    X: { description: "Unspecified." },
  },
});

@Directive('@key(fields: "travellerId")')
@Directive(scopeDirective("traveller:identity:read", "traveller:document:read", "traveller:membership:read"))
@ObjectType({ description: "A person who crosses the border: pedestrian, driver or passenger." })
@Entity("travellers")
@Index(["familyName", "givenNames", "id"])
@Index(["dateOfBirth"])
export class Traveller {
  @Field(() => ID, {
    name: "travellerId",
    description: "The traveller's own id: a surrogate (UUID), never a document number.",
  })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Directive(scopeDirective("traveller:identity:read"))
  @Field({ nullable: true })
  @Column({ type: "varchar", length: 120 })
  familyName: string;

  @Directive(scopeDirective("traveller:identity:read"))
  @Field({ nullable: true })
  @Column({ type: "varchar", length: 120 })
  givenNames: string;

  @Directive(scopeDirective("traveller:identity:read"))
  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date" })
  dateOfBirth: string;

  @Directive(scopeDirective("traveller:identity:read"))
  @Field(() => Sex, { nullable: true })
  @Column({ type: "simple-enum", enum: Sex })
  sex: Sex;

  @Directive(scopeDirective("traveller:identity:read"))
  @Field(() => [GraphQLCountryCode], { nullable: true, description: "ISO 3166-1 alpha-2 codes." })
  @Column({ type: "simple-array" })
  citizenships: string[];
}

/** One word of a traveller's names, accent-free and lower-case: what name search looks up. */
@Entity("traveller_name_tokens")
@Index(["token", "travellerId"])
export class TravellerNameToken {
  @PrimaryColumn({ type: "varchar", length: 36 })
  travellerId: string;

  @PrimaryColumn({ type: "varchar", length: 60 })
  token: string;
}
