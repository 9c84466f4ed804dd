import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { AssistanceConcern, AssistanceRequestStatus, AssistanceSubjectKind } from "./assistance.enums";

export const ASSISTANCE_SCOPES = ["enforcement:request", "enforcement:respond"] as const;

/**
 * One agency's question to another, under an agreement, about one cargo record. It lives at its
 * subject's port (stored when opened), and only its two agencies see it: the requester with
 * `enforcement:request`, the addressee with `enforcement:respond`, each where its scope holds
 * (AssistanceRows).
 */
@Directive('@key(fields: "assistanceRequestId")')
@Directive(scopeDirective(...ASSISTANCE_SCOPES))
@ObjectType({
  description:
    "One agency's question to another under an agreement, about a shipment, a trip or a trade party: seen only by the agency that asked (`enforcement:request`) and the one asked (`enforcement:respond`), at the subject's port.",
})
@Entity("assistance_requests")
@Index(["requesterCode", "openedAt", "id"])
@Index(["addresseeCode", "openedAt", "id"])
export class AssistanceRequest {
  @Field(() => ID, { name: "assistanceRequestId", description: "The request's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  requesterCode: string;

  @Column({ type: "varchar", length: 16 })
  addresseeCode: string;

  @Column({ type: "varchar", length: 64 })
  agreementId: string;

  @Field(() => AssistanceSubjectKind, { description: "Which of `shipment`, `trip` and `tradeParty` is the subject." })
  @Column({ type: "simple-enum", enum: AssistanceSubjectKind })
  subjectKind: AssistanceSubjectKind;

  /** The subject's natural key: a shipment control number, a trip number or a trade party id. */
  @Column({ type: "varchar", length: 64 })
  subjectKey: string;

  /** Where the request lives: its subject's port when it was opened; cargo places the subject by it. */
  @Field(() => ID)
  @Directive("@inaccessible")
  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Field(() => AssistanceConcern)
  @Column({ type: "simple-enum", enum: AssistanceConcern })
  concern: AssistanceConcern;

  @Field({ description: "What the requesting agency asks, in words." })
  @Column({ type: "varchar", length: 2000 })
  question: string;

  @Field({ description: "When the answer is due." })
  @Column({ type: "datetime" })
  dueAt: Date;

  @Field(() => AssistanceRequestStatus)
  @Column({ type: "simple-enum", enum: AssistanceRequestStatus })
  status: AssistanceRequestStatus;

  @Field(() => String, { nullable: true, description: "Why the addressed agency declined; null unless DECLINED." })
  @Column({ type: "varchar", length: 500, nullable: true })
  declineReason: string | null;

  @Field()
  @Column({ type: "datetime" })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was first answered; null until then." })
  @Column({ type: "datetime", nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was closed or declined; null while it is not." })
  @Column({ type: "datetime", nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { description: "The last change (status or message)." })
  @Column({ type: "datetime" })
  updatedAt: Date;

  // The subject's key by kind, for cargo, which adds `shipment`, `trip` and `tradeParty` to the
  // request (@requires): agreements keeps only the key, cargo owns the record and decides who sees it.
  @Field(() => ID, { nullable: true })
  @Directive("@inaccessible")
  get subjectShipment(): string | null {
    return this.subjectKind === AssistanceSubjectKind.SHIPMENT ? this.subjectKey : null;
  }

  @Field(() => ID, { nullable: true })
  @Directive("@inaccessible")
  get subjectTrip(): string | null {
    return this.subjectKind === AssistanceSubjectKind.TRIP ? this.subjectKey : null;
  }

  @Field(() => ID, { nullable: true })
  @Directive("@inaccessible")
  get subjectTradeParty(): string | null {
    return this.subjectKind === AssistanceSubjectKind.TRADE_PARTY ? this.subjectKey : null;
  }

  @Field({
    description: "Still OPEN (unanswered) after its due time, worked out at this instant: both sides see the same.",
  })
  get overdue(): boolean {
    return this.status === AssistanceRequestStatus.OPEN && this.dueAt.getTime() < Date.now();
  }
}
