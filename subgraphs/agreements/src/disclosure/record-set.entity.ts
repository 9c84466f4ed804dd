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

  /**
   * The UTC day a disclosure last named the set (moved at most once a day). Retention removes
   * a set only once no disclosure names it and this is older than the cut, and the move is a
   * write to this row: an append that starts naming the set again conflicts with its removal
   * (a row lock, or a Galera certification failure) instead of racing it.
   */
  @Column({ type: "date" })
  lastUsedOn: string;
}

/**
 * "Which sets hold this record": the primary key is the lookup, a record's sets are one range.
 * Written with the set, never again; the index by set is for removing a set's members.
 */
@Entity("disclosure_record_set_members")
@Index(["recordSetId"])
export class RecordSetMember {
  // Room for the longest type name the gateway names (AssistanceRequest) and some to spare.
  @PrimaryColumn({ type: "varchar", length: 32 })
  typeName: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  recordKey: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  recordSetId: string;
}
