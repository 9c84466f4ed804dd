import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "A government agency of either country: CBP, APHIS, SAT, ANAM, SENASICA, INM." })
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

  @Field({ nullable: true, description: "The ministry or department the agency belongs to." })
  @Column({ type: "varchar", length: 200 })
  parent: string;

  // The agency whose functions this one took over (ANAM took over SAT's customs administration):
  // an agreement signed by the predecessor binds the successor.
  @Column({ type: "varchar", length: 16, nullable: true })
  predecessorCode: string | null;
}
