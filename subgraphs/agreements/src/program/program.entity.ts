import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { ReferenceSource, sourcesTransformer } from "../source/source.type";
import { ProgramCategory } from "./program.enums";

@Directive('@key(fields: "code")')
@Directive(REFERENCE_DATA_CACHE_HINT)
@Directive(scopeDirective("reference:read"))
@ObjectType({ description: "A border program: UCP, CPI, FAST, C-TPAT, OEA, SENTRI, …" })
@Entity("programs")
export class Program {
  @Field(() => ID, { description: "e.g. UCP, FAST, SENTRI." })
  @PrimaryColumn({ type: "varchar", length: 32 })
  code: string;

  @Field({ nullable: true })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => ProgramCategory, { nullable: true })
  @Column({ type: "simple-enum", enum: ProgramCategory })
  category: ProgramCategory;

  @Field(() => String, { nullable: true, description: "What the sources leave open or correct, in a sentence or two." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  @Field(() => [ReferenceSource], {
    nullable: true,
    description: "The public sources of the program's facts, each naming the facts it supports.",
  })
  @Column({ type: "simple-json", transformer: sourcesTransformer })
  sources: ReferenceSource[];
}

@Entity("program_agencies")
@Index(["agencyCode"])
export class ProgramAgency {
  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;

  @PrimaryColumn({ type: "varchar", length: 16 })
  agencyCode: string;
}
