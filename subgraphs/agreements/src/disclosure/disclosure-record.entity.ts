import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One record a disclosure carried, named by its key: "who has received this traveller's record"
 * is an index lookup on (typeName, recordKey, at). Append-only, written with its disclosure.
 */
@Directive(scopeDirective("audit:read"))
@ObjectType("RecordDisclosure", {
  description: "One disclosure of one record: when, to which agency, under which arrangement, which scopes.",
})
@Entity("disclosure_records")
@Index(["typeName", "recordKey", "at", "id"])
@Index(["disclosureId", "typeName", "recordKey"], { unique: true })
export class DisclosureRecord {
  // A key of its own: keyset pages end on a unique column, and a disclosure holds many records.
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  disclosureId: string;

  @Column({ type: "varchar", length: 32 })
  typeName: string;

  @Column({ type: "varchar", length: 64 })
  recordKey: string;

  /** The disclosure's time, copied so that a record's disclosures come in order from the index. */
  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field(() => [String], { description: "The scopes of this record's own fields that the answer carried." })
  @Column({ type: "simple-json" })
  scopes: string[];

  /** The arrangements that granted those scopes to the recipient: the legal basis, per record. */
  @Column({ type: "simple-json" })
  arrangementIds: string[];
}
