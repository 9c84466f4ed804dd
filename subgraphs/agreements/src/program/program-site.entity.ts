import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { ReferenceSource, sourcesTransformer } from "../source/source.type";

@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "Where a program operates: a port, and the facility at it where one is named." })
@Entity("program_sites")
@Index(["programCode"])
@Index(["portCode"])
export class ProgramSite {
  // Stable slug, e.g. ucp-2304-rail: sites are reference data, seeded and referred to by id.
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ type: "varchar", length: 32 })
  programCode: string;

  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Field(() => String, { nullable: true, description: "The facility, e.g. Mariposa (Nogales); null when not named." })
  @Column({ type: "varchar", length: 120, nullable: true })
  facility: string | null;

  @Field(() => GraphQLCountryCode, {
    description: "The country the site is in (pre-inspection runs in the exporting one).",
  })
  @Column({ type: "varchar", length: 2 })
  locatedIn: string;

  // Not a Date: sources give a month or a year as often as a day, and the precision is kept.
  @Field(() => String, {
    name: "startedIn",
    nullable: true,
    description: "When it started, as precisely as reported: ISO 8601 (2017-05, or 2018); null when never published.",
  })
  @Column({ type: "varchar", length: 10, nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: "What the sources leave open or correct, in a sentence or two." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  @Field(() => [ReferenceSource], {
    description: "The public sources of the site's facts (its start, its facility), each naming the facts it supports.",
  })
  @Column({ type: "simple-json", transformer: sourcesTransformer })
  sources: ReferenceSource[];
}
