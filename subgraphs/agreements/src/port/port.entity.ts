import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { PortMode } from "@frontera/code-lists";
import { ReferenceSource, sourcesTransformer } from "../source/source.type";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { PortMode };

registerEnumType(PortMode, {
  name: "PortMode",
  description: "Kinds of traffic a port of entry handles.",
  valuesConfig: {
    TRUCK: { description: "Commercial trucks (cargo)." },
    RAIL: { description: "Freight or passenger trains." },
    PEDESTRIAN: { description: "Travellers on foot." },
    PRIVATE_VEHICLE: { description: "Passenger cars." },
    BUS: { description: "Buses." },
  },
});

@Directive('@key(fields: "code")')
@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "A US–Mexico land port of entry and its Mexican counterpart customs office." })
@Entity("ports_of_entry")
export class PortOfEntry {
  @Field(() => ID, { description: "CBP Schedule D code: district (2) + port (2), e.g. 2304 Laredo." })
  @PrimaryColumn({ type: "varchar", length: 4 })
  code: string;

  @Field({ nullable: true })
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Field({ nullable: true, description: "US state, USPS code." })
  @Column({ type: "varchar", length: 2 })
  usState: string;

  @Field({ nullable: true, description: "The Mexican city across the border." })
  @Column({ type: "varchar", length: 120 })
  mxCity: string;

  @Field({ nullable: true, description: "SAT Anexo 22 aduana + sección of the Mexican side, e.g. 240 Nuevo Laredo." })
  @Column({ type: "varchar", length: 3 })
  mxAduanaSeccion: string;

  @Field(() => [PortMode], { nullable: true })
  @Column({ type: "simple-array" })
  modes: PortMode[];

  @Field(() => String, { nullable: true, description: "What the sources leave open or correct, in a sentence or two." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  @Field(() => [ReferenceSource], {
    nullable: true,
    description:
      "The public sources of the port's facts (code, Mexican counterpart, truck volumes), each naming the facts it supports.",
  })
  @Column({ type: "simple-json", transformer: sourcesTransformer })
  sources: ReferenceSource[];
}

@Entity("port_programs")
@Index(["programCode"])
export class PortProgram {
  @PrimaryColumn({ type: "varchar", length: 4 })
  portCode: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;
}
