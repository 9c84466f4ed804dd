import { Entity, Index, PrimaryColumn } from "typeorm";

// Join tables of an agreement. Plain rows rather than TypeORM many-to-many relations: resolvers
// load them in batches through DataLoader, never through lazy relations.

@Entity("agreement_parties")
@Index(["agencyCode"])
export class AgreementParty {
  @PrimaryColumn({ type: "varchar", length: 64 })
  agreementId: string;

  @PrimaryColumn({ type: "varchar", length: 16 })
  agencyCode: string;
}

@Entity("agreement_supersessions")
export class AgreementSupersession {
  @PrimaryColumn({ type: "varchar", length: 64 })
  agreementId: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  supersededId: string;
}

@Entity("agreement_programs")
@Index(["programCode"])
export class AgreementProgram {
  @PrimaryColumn({ type: "varchar", length: 64 })
  agreementId: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;
}
