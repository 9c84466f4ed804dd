import { scopeDirective } from "@frontera/auth";
import { GraphQLCountryCode, GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { TradeRole, CertificationStatus } from "@frontera/code-lists";

// The code list's enums (shared with the demo data), served by this subgraph as GraphQL enums.
export { TradeRole, CertificationStatus };

registerEnumType(TradeRole, {
  name: "TradeRole",
  description: "A part a trade party plays in shipments.",
  valuesConfig: {
    CARRIER: { description: "Moves the goods; identified by its SCAC." },
    SHIPPER: { description: "Sends the goods." },
    CONSIGNEE: { description: "Receives the goods." },
    IMPORTER: { description: "The importer of record, answerable for the entry." },
    MANUFACTURER: { description: "Made the goods." },
  },
});
registerEnumType(CertificationStatus, {
  name: "CertificationStatus",
  description: "Where a trusted-trader certification (CTPAT, OEA) stands.",
  valuesConfig: {
    CERTIFIED: { description: "Certified (CTPAT tier 1, or OEA): the program's benefits apply." },
    VALIDATED: { description: "Certified and its security validated on site (CTPAT tiers 2 and 3)." },
    SUSPENDED: { description: "Benefits suspended pending review." },
    REVOKED: { description: "Removed from the program." },
  },
});

@Directive('@key(fields: "tradePartyId")')
@Directive(scopeDirective("cargo:commercial:read"))
@ObjectType({ description: "A company in the trade: carrier, shipper, consignee, importer or manufacturer." })
@Entity("trade_parties")
@Index(["scac"])
export class TradeParty {
  @Field(() => ID, { name: "tradePartyId", description: "The trade party's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => GraphQLCountryCode)
  @Column({ type: "varchar", length: 2 })
  country: string;

  @Field(() => String, { nullable: true, description: "Standard Carrier Alpha Code (carriers)." })
  @Column({ type: "varchar", length: 4, nullable: true })
  scac: string | null;

  @Field(() => String, { nullable: true, description: "Mexican taxpayer registry number (RFC)." })
  @Column({ type: "varchar", length: 13, nullable: true })
  mxRfc: string | null;

  @Field(() => [TradeRole])
  @Column({ type: "simple-array" })
  roles: TradeRole[];
}

@Directive(scopeDirective("cargo:commercial:read"))
@ObjectType({ description: "A trusted-trader certification; CTPAT and OEA recognise each other (CTPAT–OEA MRA)." })
@Entity("trade_certifications")
export class TradeCertification {
  @PrimaryColumn({ type: "varchar", length: 36 })
  tradePartyId: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;

  @Field(() => CertificationStatus)
  @Column({ type: "simple-enum", enum: CertificationStatus })
  status: CertificationStatus;

  @Field(() => GraphQLDate)
  @Column({ type: "date" })
  validFrom: string;

  @Field(() => GraphQLDate, { nullable: true })
  @Column({ type: "date", nullable: true })
  validTo: string | null;
}
