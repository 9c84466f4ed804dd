import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ArrangementAction } from "./arrangement.enums";

@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "One change to an arrangement: who, when, what and why. Append-only." })
@Entity("arrangement_events")
@Index(["arrangementId", "sequence"])
export class ArrangementEvent {
  @PrimaryGeneratedColumn({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 64 })
  arrangementId: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field({ description: "Who made the change (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  actor: string;

  @Field(() => ArrangementAction)
  @Column({ type: "simple-enum", enum: ArrangementAction })
  action: ArrangementAction;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;
}
