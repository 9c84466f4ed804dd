import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * "Who received this record": one row per record a disclosure carried, and nothing but the
 * lookup. The primary key is the index: a record's disclosures, latest first, are one range of
 * it, at any size of the log. Derived from the disclosure's packed `records` in the transaction
 * that chains the disclosure (its append, or the chaining worker's sweep).
 */
@Entity("disclosed_records")
export class DisclosedRecord {
  // Room for the longest type name the gateway names (AssistanceRequest) and some to spare.
  @PrimaryColumn({ type: "varchar", length: 32 })
  typeName: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  recordKey: string;

  @PrimaryColumn({ type: "datetime" })
  at: Date;

  @PrimaryColumn({ type: "varchar", length: 36 })
  disclosureId: string;
}

/**
 * Answers and records disclosed per arrangement, UTC day and scope, added up as disclosures are
 * chained: `disclosureSummary` reads these, never the log.
 */
@Entity("disclosure_day_counts")
export class DisclosureDayCount {
  @PrimaryColumn({ type: "varchar", length: 64 })
  arrangementId: string;

  @PrimaryColumn({ type: "date" })
  day: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  scope: string;

  @Column({ type: "int" })
  answers: number;

  @Column({ type: "int" })
  records: number;
}
