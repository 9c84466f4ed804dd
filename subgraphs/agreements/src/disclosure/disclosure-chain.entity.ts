import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The one row (id 1) naming the newest entry of the disclosure chain. An append (or the chaining
 * worker's sweep) locks it (FOR UPDATE on MySQL) for the whole of its transaction: the replicas
 * take turns, and each chains from where the last one stopped.
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

  /** "hourly", "on demand", or "retention": the boundary below which entries were pruned. */
  @Column({ type: "varchar", length: 16 })
  kind: string;

  /** A compact JWS (the graph's signing key) over { count, headHash, at, kind }: the source of truth. */
  @Column({ type: "text" })
  signature: string;
}
