import { GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { AgreementStatus, EffectiveFromBasis, InstrumentType } from "./agreement.enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An instrument signed between agencies: the legal basis of programs and data sharing." })
@Entity("agreements")
export class Agreement {
  @Field(() => ID, { description: "Stable slug, e.g. 2018-cpi-ucp-mou." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: "Spanish title, where one was published." })
  @Column({ type: "varchar", length: 300, nullable: true })
  titleEs: string | null;

  @Field(() => InstrumentType)
  @Column({ type: "simple-enum", enum: InstrumentType })
  instrumentType: InstrumentType;

  @Field(() => GraphQLDate)
  @Column({ type: "date" })
  signedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 120, nullable: true })
  signedAt: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date", nullable: true })
  effectiveFrom: string | null;

  @Field(() => EffectiveFromBasis)
  @Column({ type: "simple-enum", enum: EffectiveFromBasis })
  effectiveFromBasis: EffectiveFromBasis;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date", nullable: true })
  expiresOn: string | null;

  @Field(() => AgreementStatus)
  @Column({ type: "simple-enum", enum: AgreementStatus })
  status: AgreementStatus;

  @Field(() => [String], { description: "Public sources of these facts (treaty series, press releases)." })
  @Column({ type: "simple-json" })
  sources: string[];
}
