import { Column, Entity, PrimaryColumn } from "typeorm";

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
