import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ReferenceSource, sourcesTransformer } from "../source/source.type";
import { AgreementStatus, EffectiveFromBasis, InstrumentType } from "./agreement.enums";

@Directive('@key(fields: "agreementId")')
@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "An instrument signed between agencies: the legal basis of programs and data sharing." })
@Entity("agreements")
export class Agreement {
  @Field(() => ID, { name: "agreementId", description: "Stable slug, e.g. 2018-cpi-ucp-mou." })
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

  @Field(() => GraphQLDate, { nullable: true, description: "Null only where the date was never published." })
  @Column({ type: "date", nullable: true })
  signedOn: string | null;

  @Field(() => String, { name: "signingPlace", nullable: true, description: "Where it was signed, e.g. Mexico City." })
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

  @Field(() => [ReferenceSource], {
    description: "Public sources of these facts (treaty series, releases), each naming the facts it supports.",
  })
  @Column({ type: "simple-json", transformer: sourcesTransformer })
  sources: ReferenceSource[];

  @Field(() => String, { nullable: true, description: "What the sources leave open or correct, in a sentence or two." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  @Field(() => Int, { description: "1 when recorded, +1 at each amendment or status change." })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date, { description: "When this version was recorded." })
  @Column({ type: "datetime" })
  updatedAt: Date;
}
