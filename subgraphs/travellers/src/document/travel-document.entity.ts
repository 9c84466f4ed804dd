import { scopeDirective } from "@frontera/auth";
import { GraphQLCountryCode, GraphQLDate } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DocumentType } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { DocumentType };

registerEnumType(DocumentType, {
  name: "DocumentType",
  description: "What kind of travel document a document is.",
  valuesConfig: {
    PASSPORT: { description: "A passport book (machine-readable zone of two lines, ICAO 9303 TD3)." },
    PASSPORT_CARD: { description: "A U.S. passport card (RFID; land and sea crossings only)." },
    BORDER_CROSSING_CARD: { description: "A Border Crossing Card (B1/B2 visa card) for Mexican citizens." },
    FAST_CARD: { description: "A FAST commercial driver card (RFID)." },
    SENTRI_CARD: { description: "A SENTRI card (RFID)." },
    LPR_CARD: { description: "A permanent resident card (Form I-551)." },
  },
});

/** Cards with an RFID chip, read in READY lanes. */
export const RFID_DOCUMENTS: readonly DocumentType[] = [
  DocumentType.PASSPORT_CARD,
  DocumentType.BORDER_CROSSING_CARD,
  DocumentType.FAST_CARD,
  DocumentType.SENTRI_CARD,
  DocumentType.LPR_CARD,
];

/** A document number as looked up: capitals and digits only. */
export function documentNumberKey(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

// Document numbers are personal data: found by `numberKey`, never used as an id or a cursor.
@Directive('@key(fields: "documentId")')
@Directive(scopeDirective("traveller:document:read"))
@ObjectType({ description: "A passport or card a traveller carries." })
@Entity("travel_documents")
@Index(["travellerId"])
@Index(["numberKey"])
export class TravelDocument {
  @Field(() => ID, {
    name: "documentId",
    description: "The document's own id (a UUID), never its number: what CrossingInput.documentId takes.",
  })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  travellerId: string;

  @Field(() => DocumentType)
  @Column({ type: "simple-enum", enum: DocumentType })
  type: DocumentType;

  @Field({ description: "As printed on the document." })
  @Column({ type: "varchar", length: 20 })
  number: string;

  @Column({ type: "varchar", length: 20 })
  numberKey: string;

  @Field(() => GraphQLCountryCode)
  @Column({ type: "varchar", length: 2 })
  issuingCountry: string;

  @Field(() => GraphQLDate)
  @Column({ type: "date" })
  expiresOn: string;

  @Field(() => String, { nullable: true, description: "Machine-readable zone, lines separated by a newline." })
  @Column({ type: "varchar", length: 100, nullable: true })
  mrz: string | null;
}
