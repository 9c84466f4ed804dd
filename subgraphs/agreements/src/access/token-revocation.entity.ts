import { Column, Entity, PrimaryColumn } from "typeorm";

/** A token that must no longer be accepted, whatever its expiry says. */
@Entity("token_revocations")
export class TokenRevocation {
  @PrimaryColumn({ type: "varchar", length: 64 })
  jti: string;

  @Column({ type: "datetime" })
  revokedAt: Date;

  @Column({ type: "varchar", length: 128 })
  revokedBy: string;

  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;
}
