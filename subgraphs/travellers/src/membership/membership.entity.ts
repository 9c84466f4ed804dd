import { scopeDirective } from "@frontera/auth";
import { GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { MembershipStatus } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { MembershipStatus };

registerEnumType(MembershipStatus, {
  name: "MembershipStatus",
  description: "Where a trusted-traveller membership stands; only ACTIVE opens the program's lanes.",
  valuesConfig: {
    ACTIVE: { description: "In good standing, until it expires." },
    SUSPENDED: { description: "Benefits suspended pending review." },
    REVOKED: { description: "Removed from the program." },
    EXPIRED: { description: "Past its expiry date, not renewed." },
  },
});

// Only the status is kept and shared: vetting reasons never enter this graph.
@Directive('@key(fields: "membershipId")')
@Directive(scopeDirective("traveller:membership:read"))
@ObjectType({
  description: "Enrolment in a trusted-traveller program (SENTRI, Global Entry, FAST, Viajero Confiable).",
})
@Entity("trusted_traveller_memberships")
@Index(["travellerId", "programCode"])
@Index(["passId"])
export class TrustedTravellerMembership {
  @Field(() => ID, { name: "membershipId", description: "The enrolment's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  travellerId: string;

  @Column({ type: "varchar", length: 32 })
  programCode: string;

  @Field({ description: "PASSID / Known Traveler Number, 9 digits." })
  @Column({ type: "varchar", length: 9 })
  passId: string;

  @Field(() => MembershipStatus)
  @Column({ type: "simple-enum", enum: MembershipStatus })
  status: MembershipStatus;

  @Field(() => GraphQLDate)
  @Column({ type: "date" })
  validUntil: string;
}
