import { scopeDirective } from "@frontera/auth";
import { REFERENCE_DATA_CACHE_HINT } from "@frontera/federation";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
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
}

@Entity("program_agencies")
@Index(["agencyCode"])
export class ProgramAgency {
  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;

  @PrimaryColumn({ type: "varchar", length: 16 })
  agencyCode: string;
}
