import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The one row (id 1) naming the newest entry of the disclosure chain. Every append locks it
 * (FOR UPDATE on MySQL) so that appends from any number of gateway replicas queue up and each
 * gets the next sequence and the hash before it.
 */
@Entity("disclosure_chain_head")
export class DisclosureChainHead {
  @PrimaryColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 64 })
  hash: string;
}

/** A signed statement "the chain had `count` entries and ended in `headHash` at `at`". */
@Entity("disclosure_checkpoints")
@Index(["at", "id"])
export class DisclosureCheckpoint {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "datetime" })
  at: Date;

  @Column({ type: "int" })
  count: number;

  @Column({ type: "varchar", length: 64 })
  headHash: string;

  /** A compact JWS (EdDSA, the graph's signing key) over { count, headHash, at }: the source of truth. */
  @Column({ type: "text" })
  signature: string;
}
