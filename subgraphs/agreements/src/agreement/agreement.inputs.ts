import { GraphQLDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { AgreementStatus, EffectiveFromBasis, InstrumentType } from "./agreement.enums";

@InputType({ description: "Every given condition must hold." })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "An agency code that must be among the parties." })
  party?: string;

  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatus;

  @Field(() => GraphQLDate, { nullable: true, description: "Signed on or after." })
  signedFrom?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: "Signed on or before." })
  signedTo?: Date;

  @Field(() => ID, { nullable: true, description: "A program the agreement is a legal basis of." })
  programCode?: string;
}

@InputType()
export class CreateAgreementInput {
  @Field(() => ID, { description: "Stable slug: lowercase letters, digits and hyphens, e.g. 2018-cpi-ucp-mou." })
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  titleEs?: string | null;

  @Field(() => InstrumentType)
  instrumentType: InstrumentType;

  @Field(() => [ID], { description: "Agency codes of the signatories, at least two." })
  parties: string[];

  @Field(() => GraphQLDate)
  signedOn: Date;

  @Field(() => String, { nullable: true })
  signedAt?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  effectiveFrom?: Date | null;

  @Field(() => EffectiveFromBasis)
  effectiveFromBasis: EffectiveFromBasis;

  @Field(() => GraphQLDate, { nullable: true })
  expiresOn?: Date | null;

  @Field(() => AgreementStatus, { defaultValue: AgreementStatus.SIGNED, description: "SIGNED or IN_FORCE." })
  status: AgreementStatus;

  @Field(() => [ID], { defaultValue: [], description: "Agreements this one replaces; they become SUPERSEDED." })
  supersedes: string[];

  @Field(() => [ID], { defaultValue: [], description: "Codes of the programs it is a legal basis of." })
  programs: string[];

  @Field(() => [String], { defaultValue: [] })
  sources: string[];
}

@InputType({ description: "The fields to change; those left out keep their value." })
export class AmendAgreementInput {
  @Field({ nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  titleEs?: string | null;

  @Field(() => InstrumentType, { nullable: true })
  instrumentType?: InstrumentType;

  @Field(() => [ID], { nullable: true })
  parties?: string[];

  @Field(() => GraphQLDate, { nullable: true })
  signedOn?: Date;

  @Field(() => String, { nullable: true })
  signedAt?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  effectiveFrom?: Date | null;

  @Field(() => EffectiveFromBasis, { nullable: true })
  effectiveFromBasis?: EffectiveFromBasis;

  @Field(() => GraphQLDate, { nullable: true })
  expiresOn?: Date | null;

  @Field(() => [ID], { nullable: true })
  programs?: string[];

  @Field(() => [String], { nullable: true })
  sources?: string[];
}
