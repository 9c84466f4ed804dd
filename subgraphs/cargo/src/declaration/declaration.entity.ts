import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DeclarationKind } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { DeclarationKind };

registerEnumType(DeclarationKind, {
  name: "DeclarationKind",
  description: "Which customs declaration a declaration is.",
  valuesConfig: {
    US_ENTRY: { description: "A CBP entry, numbered filer code, serial and check digit." },
    MX_PEDIMENTO: { description: "The Mexican customs declaration (pedimento), numbered by its 15 digits." },
  },
});

@Directive('@key(fields: "declarationId")')
@Directive(scopeDirective("cargo:commercial:read"))
@ObjectType({ description: "A customs declaration filed for a shipment, on either side." })
@Entity("declarations")
@Index(["shipmentControlNumber"])
export class Declaration {
  @Field(() => ID, {
    name: "declarationId",
    description: "The declaration's own id (a UUID); its filing number is `number`.",
  })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @Column({ type: "varchar", length: 16 })
  authorityCode: string;

  @Field(() => DeclarationKind)
  @Column({ type: "simple-enum", enum: DeclarationKind })
  kind: DeclarationKind;

  @Field({ description: "Entry number, or the 15-digit pedimento number." })
  @Column({ type: "varchar", length: 20 })
  number: string;

  @Field()
  @Column({ type: "datetime" })
  filedAt: Date;
}
