import { scopeDirective } from "@frontera/auth";
import { Scope } from "../access/scope.enum";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "How many entities of one type a response disclosed." })
export class EntityCount {
  @Field()
  typeName: string;

  @Field(() => Int)
  count: number;
}

/** One response to a partner that carried data of a non-reference scope. Append-only. */
@Directive(scopeDirective("audit:read"))
@ObjectType({ description: "One disclosure to a partner agency: who, when, what operation, which scopes, how much." })
@Entity("disclosures")
@Index(["agencyCode", "at", "id"])
@Index(["at", "id"])
@Index(["recordSetId", "at", "id"])
export class Disclosure {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field({ description: "Code of the receiving agency." })
  @Column({ name: "agency", type: "varchar", length: 16 })
  agencyCode: string;

  @Field()
  @Column({ type: "varchar", length: 128 })
  subject: string;

  @Field({ description: "The token's jti." })
  @Column({ type: "varchar", length: 64 })
  jti: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  operationName: string | null;

  @Field({ description: "SHA-256 of the operation's text." })
  @Column({ type: "varchar", length: 64 })
  operationHash: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The registered document (trusted-document id, the SHA-256 of its body) the operation was; null: a text not registered.",
  })
  @Column({ type: "varchar", length: 64, nullable: true })
  documentId: string | null;

  @Field(() => [Scope], { description: "The scopes whose data the response carried." })
  @Column({ type: "simple-json" })
  scopes: string[];

  @Field(() => [EntityCount])
  @Column({ type: "simple-json" })
  entityCounts: EntityCount[];

  // The accounting (issue 16): see disclosure-records.ts. Null on disclosures recorded before it.
  /** Per disclosed scope, the recipient's arrangements that granted it: the legal basis. */
  @Column({ type: "simple-json", nullable: true })
  grants: ScopeGrant[] | null;

  /** Every arrangement of `grants`, once: what `filter.arrangement` searches. */
  @Column({ type: "simple-json", nullable: true })
  arrangementIds: string[] | null;

  /** The records it carried, packed per type: this row is the accountable record of them. */
  @Column({ type: "json", nullable: true })
  records: RecordsOfType[] | null;

  // The hash chain (disclosure-chain.ts): set as the row is appended (disclosure-append.ts); only
  // rows an older version stored lack them until the chaining worker sweeps them.
  /** Position in the chain, 1, 2, 3… without gaps; null until chained. */
  @Column({ type: "int", nullable: true, unique: true })
  sequence: number | null;

  /** The hash of the entry at sequence - 1 (64 zeros for the first, or the pruned boundary's). */
  @Column({ type: "varchar", length: 64, nullable: true })
  previousHash: string | null;

  /** SHA-256 (hex) of this entry's canonical content, previousHash and records included. */
  @Column({ type: "varchar", length: 64, nullable: true })
  hash: string | null;

  /**
   * The set of `records` (record-sets.ts), set as the entry is chained: how a record's
   * disclosures are found. Derived from `records`, so not hashed; verification recomputes it.
   */
  @Column({ type: "varchar", length: 64, nullable: true })
  recordSetId: string | null;
}

/** A disclosed scope and the recipient's arrangements that granted it. */
export interface ScopeGrant {
  scope: string;
  arrangementIds: string[];
}

/** The records of one type a disclosure carried: their keys, and the scopes of their own fields. */
export interface RecordsOfType {
  typeName: string;
  scopes: string[];
  keys: string[];
}
