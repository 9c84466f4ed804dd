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
}
