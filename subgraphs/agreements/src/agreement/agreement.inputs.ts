import { GraphQLDate } from "graphql-scalars";
import { DateRange } from "@frontera/federation";
import { Field, ID, InputType } from "type-graphql";
import { AgreementStatus, EffectiveFromBasis, InstrumentType } from "./agreement.enums";
import { SourceInput } from "../source/source.type";

@InputType({ description: "Every given condition must hold." })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "An agency code that must be among the parties." })
  partyCode?: string;

  @Field(() => AgreementStatus, { nullable: true, description: "Only agreements with this status." })
  status?: AgreementStatus;

  @Field(() => DateRange, { nullable: true, description: "The agreement was signed on a day in this range." })
  signedOn?: DateRange | null;

  @Field(() => ID, { nullable: true, description: "A program the agreement is a legal basis of." })
  programCode?: string;
}

@InputType({ description: "A new agreement between agencies." })
export class CreateAgreementInput {
  @Field(() => ID, { description: "Stable slug: lowercase letters, digits and hyphens, e.g. 2018-cpi-ucp-mou." })
  id: string;

  @Field({ description: "Title in English." })
  title: string;

  @Field(() => String, { nullable: true, description: "Title in Spanish, when there is one." })
  titleEs?: string | null;

  @Field(() => InstrumentType, { description: "The legal form of the agreement." })
  instrumentType: InstrumentType;

  @Field(() => [ID], { description: "Agency codes of the signatories, at least two." })
  partyCodes: string[];

  @Field(() => GraphQLDate, { description: "The date it was signed." })
  signedOn: Date;

  @Field(() => String, { nullable: true, description: "Where it was signed, e.g. Mexico City." })
  signingPlace?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The date it takes effect; leave out when not published." })
  effectiveFrom?: Date | null;

  @Field(() => EffectiveFromBasis, {
    description: "Where effectiveFrom comes from: STATED, ASSUMED_ON_SIGNATURE or UNKNOWN.",
  })
  effectiveFromBasis: EffectiveFromBasis;

  @Field(() => GraphQLDate, { nullable: true, description: "The date it expires, if it does." })
  expiresOn?: Date | null;

  @Field(() => AgreementStatus, { defaultValue: AgreementStatus.SIGNED, description: "SIGNED or IN_FORCE." })
  status: AgreementStatus;

  @Field(() => [ID], {
    defaultValue: [],
    description: "Agreements this one replaces; they become SUPERSEDED.",
  })
  supersededAgreementIds: string[];

  @Field(() => [ID], { defaultValue: [], description: "Codes of the programs it is a legal basis of." })
  programCodes: string[];

  @Field(() => [SourceInput], { defaultValue: [], description: "Public sources for the agreement." })
  sources: SourceInput[];
}

@InputType({ description: "The fields to change; those left out keep their value." })
export class AmendAgreementInput {
  @Field({ nullable: true, description: "Title in English." })
  title?: string;

  @Field(() => String, { nullable: true, description: "Title in Spanish, when there is one." })
  titleEs?: string | null;

  @Field(() => InstrumentType, { nullable: true, description: "The legal form of the agreement." })
  instrumentType?: InstrumentType;

  @Field(() => [ID], { nullable: true, description: "Agency codes of the signatories, at least two." })
  partyCodes?: string[];

  @Field(() => GraphQLDate, { nullable: true, description: "The date it was signed." })
  signedOn?: Date;

  @Field(() => String, { nullable: true, description: "Where it was signed, e.g. Mexico City." })
  signingPlace?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The date it takes effect; leave out when not published." })
  effectiveFrom?: Date | null;

  @Field(() => EffectiveFromBasis, {
    nullable: true,
    description: "Where effectiveFrom comes from: STATED, ASSUMED_ON_SIGNATURE or UNKNOWN.",
  })
  effectiveFromBasis?: EffectiveFromBasis;

  @Field(() => GraphQLDate, { nullable: true, description: "The date it expires, if it does." })
  expiresOn?: Date | null;

  @Field(() => [ID], { nullable: true, description: "Codes of the programs it is a legal basis of." })
  programCodes?: string[];

  @Field(() => [SourceInput], { nullable: true, description: "Public sources for the agreement; replaces the list." })
  sources?: SourceInput[];
}
