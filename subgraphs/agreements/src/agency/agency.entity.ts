import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ReferenceSource, sourcesTransformer } from "../source/source.type";

@Directive('@key(fields: "code")')
@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({
  description:
    "A government agency of either country (CBP, APHIS, SAT, ANAM, SENASICA, INM), a department that signs for agencies (DHS, SHCP, SEGOB), or a government party to a treaty (US-GOV, MX-GOV).",
})
@Entity("agencies")
export class Agency {
  @Field(() => ID, { description: "Short code, e.g. CBP, SENASICA." })
  @PrimaryColumn({ type: "varchar", length: 16 })
  code: string;

  @Field({ nullable: true })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => GraphQLCountryCode, { nullable: true, description: "ISO 3166-1 alpha-2." })
  @Column({ type: "varchar", length: 2 })
  country: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The ministry or department the agency belongs to (a department's: its government); null for a government.",
  })
  @Column({ type: "varchar", length: 200, nullable: true })
  parent: string | null;

  // The same parent as an agency code: an instrument a department or government signed binds the
  // agencies under it (the 2000 customs agreement binds CBP and ANAM through their governments).
  @Column({ type: "varchar", length: 16, nullable: true })
  parentCode: string | null;

  // The agency whose functions this one took over (ANAM took over SAT's customs administration):
  // an agreement signed by the predecessor binds the successor.
  @Column({ type: "varchar", length: 16, nullable: true })
  predecessorCode: string | null;

  @Field(() => [ReferenceSource], {
    nullable: true,
    description: "The public sources of the agency's facts, each naming the facts it supports.",
  })
  @Column({ type: "simple-json", transformer: sourcesTransformer })
  sources: ReferenceSource[];
}
