import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { EquipmentKind } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { EquipmentKind };

registerEnumType(EquipmentKind, {
  name: "EquipmentKind",
  description: "What a piece of equipment on a trip is.",
  valuesConfig: {
    CONTAINER: { description: "An intermodal container, numbered by ISO 6346 (owner, serial, check digit)." },
    TRAILER: { description: "A semi-trailer, numbered by its plate or VIN." },
    CHASSIS: { description: "A container chassis." },
  },
});

@Directive(scopeDirective("cargo:conveyance:read"))
@ObjectType({ description: "A container, trailer or chassis on a trip, with its seals." })
@Entity("trip_equipment")
export class Equipment {
  @PrimaryColumn({ type: "varchar", length: 25 })
  tripNumber: string;

  @Field({ description: "ISO 6346 number for containers; the trailer or chassis number otherwise." })
  @PrimaryColumn({ type: "varchar", length: 17 })
  number: string;

  @Field(() => EquipmentKind)
  @Column({ type: "simple-enum", enum: EquipmentKind })
  kind: EquipmentKind;

  @Field(() => [String], { description: "Seal numbers, as applied." })
  @Column({ type: "simple-json" })
  seals: string[];
}
