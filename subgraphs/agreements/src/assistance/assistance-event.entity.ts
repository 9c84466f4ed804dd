import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ASSISTANCE_SCOPES } from "./assistance-request.entity";
import { AssistanceAction } from "./assistance.enums";

@Directive(scopeDirective(...ASSISTANCE_SCOPES))
@ObjectType({
  description: "One change to an assistance request: who, for which agency, when, what and why. Append-only.",
})
@Entity("assistance_request_events")
@Index(["requestId", "sequence"])
export class AssistanceRequestEvent {
  @PrimaryGeneratedColumn({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 36 })
  requestId: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field({ description: "Who made the change (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  actor: string;

  @Field(() => ID, { description: "The agency the change was made for (the token's agency)." })
  @Column({ type: "varchar", length: 16 })
  agencyCode: string;

  @Field(() => AssistanceAction)
  @Column({ type: "simple-enum", enum: AssistanceAction })
  action: AssistanceAction;

  @Field(() => String, { nullable: true, description: "Why (a decline's reason); null otherwise." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;
}
