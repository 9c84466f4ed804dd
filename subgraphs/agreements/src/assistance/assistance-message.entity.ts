import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ASSISTANCE_SCOPES } from "./assistance-request.entity";

@Directive(scopeDirective(...ASSISTANCE_SCOPES))
@ObjectType({
  description: "One message of an assistance request: an answer, or either side's follow-up. Append-only.",
})
@Entity("assistance_messages")
@Index(["requestId", "sequence"])
export class AssistanceMessage {
  @PrimaryGeneratedColumn({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 36 })
  requestId: string;

  @Column({ type: "varchar", length: 16 })
  authorCode: string;

  @Field({ description: "Who wrote it (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  actor: string;

  @Field()
  @Column({ type: "varchar", length: 4000 })
  body: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;
}
