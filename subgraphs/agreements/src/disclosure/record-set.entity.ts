import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One set of records some disclosure carried, named by its content (record-sets.ts): answers
 * that disclose the same records again (a dashboard refreshed, a profile looked at twice) share
 * it, so "who received this record" is written once per set, not once per answer.
 */
@Entity("disclosure_record_sets")
export class DisclosureRecordSet {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  /** Its records, by type: what retention reads to remove its members by primary key. */
  @Column({ type: "json" })
  records: SetRecords[];

  /**
   * The UTC day a disclosure last named the set (moved at most once a day). Retention removes
   * a set only once no disclosure names it and this is older than the cut, and the move is a
   * write to this row: an append that starts naming the set again conflicts with its removal
   * (a row lock, or a Galera certification failure) instead of racing it.
   */
  @Index()
  @Column({ type: "date" })
  lastUsedOn: string;
}

/** The keys of one type of record a set holds. */
export interface SetRecords {
  typeName: string;
  keys: string[];
}

/**
 * "Which sets hold this record": the primary key is the lookup, a record's sets are one range,
 * and the only index (each member row costs one index entry, as the per-disclosure lookups did).
 * Written with the set, never again.
 */
@Entity("disclosure_record_set_members")
export class RecordSetMember {
  // Room for the longest type name the gateway names (AssistanceRequest) and some to spare.
  @PrimaryColumn({ type: "varchar", length: 32 })
  typeName: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  recordKey: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  recordSetId: string;
}
