import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { GraphQLDate } from "graphql-scalars";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { type Agreement } from "./agreement.entity";
import { ReferenceSource, toSources } from "../source/source.type";
import { AgreementStatus, EffectiveFromBasis, InstrumentType } from "./agreement.enums";

/** The columns of an agreement that amendments change, in the order its history keeps them. */
export const SNAPSHOT_COLUMNS = [
  "title",
  "titleEs",
  "instrumentType",
  "signedOn",
  "signedAt",
  "effectiveFrom",
  "effectiveFromBasis",
  "expiresOn",
  "status",
  "sources",
] as const satisfies ReadonlyArray<keyof Agreement>;

/** The fields of an agreement that amendments change, as kept in its history. */
export type AgreementSnapshot = Pick<Agreement, (typeof SNAPSHOT_COLUMNS)[number]> & {
  parties: string[];
  programs: string[];
};

@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "An earlier version of an agreement, kept when it was amended." })
@Entity("agreement_versions")
export class AgreementVersion {
  @PrimaryColumn({ type: "varchar", length: 64 })
  agreementId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: "int" })
  version: number;

  // The version's fields, as they were; exposed field by field by the resolver.
  @Column({ type: "simple-json" })
  snapshot: AgreementSnapshot;

  @Field(() => Date, { description: "When this version was recorded." })
  @Column({ type: "datetime" })
  recordedAt: Date;

  @Field(() => Date, { description: "When a later version replaced it." })
  @Column({ type: "datetime" })
  replacedAt: Date;

  @Field({ description: "Who replaced it." })
  @Column({ type: "varchar", length: 128 })
  replacedBy: string;

  @Field(() => String, { nullable: true, description: "Why it was replaced." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;

  @Field()
  get title(): string {
    return this.snapshot.title;
  }

  @Field(() => String, { nullable: true })
  get titleEs(): string | null {
    return this.snapshot.titleEs;
  }

  @Field(() => InstrumentType)
  get instrumentType(): InstrumentType {
    return this.snapshot.instrumentType;
  }

  @Field(() => GraphQLDate, { nullable: true })
  get signedOn(): string | null {
    return this.snapshot.signedOn;
  }

  @Field(() => String, { name: "signingPlace", nullable: true, description: "Where it was signed, e.g. Mexico City." })
  get signedAt(): string | null {
    return this.snapshot.signedAt;
  }

  @Field(() => GraphQLDate, { nullable: true })
  get effectiveFrom(): string | null {
    return this.snapshot.effectiveFrom;
  }

  @Field(() => EffectiveFromBasis)
  get effectiveFromBasis(): EffectiveFromBasis {
    return this.snapshot.effectiveFromBasis;
  }

  @Field(() => GraphQLDate, { nullable: true })
  get expiresOn(): string | null {
    return this.snapshot.expiresOn;
  }

  @Field(() => AgreementStatus)
  get status(): AgreementStatus {
    return this.snapshot.status;
  }

  @Field(() => [ReferenceSource])
  get sources(): ReferenceSource[] {
    return toSources(this.snapshot.sources);
  }
}
