import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A government agency of either country: CBP, APHIS, SAT, ANAM, SENASICA, INM." })
@Entity("agencies")
export class Agency {
  @Field(() => ID, { description: "Short code, e.g. CBP, SENASICA." })
  @PrimaryColumn({ type: "varchar", length: 16 })
  code: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => GraphQLCountryCode, { description: "ISO 3166-1 alpha-2." })
  @Column({ type: "varchar", length: 2 })
  country: string;

  @Field({ description: "The ministry or department the agency belongs to." })
  @Column({ type: "varchar", length: 200 })
  parent: string;
}
