import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { Agreement } from "../agreement/agreement.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { ProgramSite } from "./program-site.entity";
import { Program } from "./program.entity";
import { ProgramCategory } from "./program.enums";

@InputType({ description: "Every given condition must hold." })
export class ProgramFilter {
  @Field(() => ProgramCategory, { nullable: true, description: "Only programs of this category." })
  category?: ProgramCategory | null;
}

@Resolver(() => Program)
export class ProgramResolver {
  @Directive(scopeDirective("reference:read"))
  @Query(() => [Program], { nullable: true })
  programs(
    @Arg("filter", () => ProgramFilter, {
      nullable: true,
      description: "Conditions every returned program meets; omit for all.",
    })
    filter: ProgramFilter | null,
    @Ctx() { dataSource }: AgreementsContext,
  ): Promise<Program[]> {
    return dataSource.getRepository(Program).find({
      where: filter?.category ? { category: filter.category } : {},
      order: { code: "ASC" },
    });
  }

  @Directive(scopeDirective("reference:read"))
  @Query(() => Program, { nullable: true })
  program(
    @Arg("code", () => ID, { description: "The program code, e.g. FAST." }) code: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<Program | null> {
    return loaders.programByCode.load(code);
  }

  @FieldResolver(() => [Agency], { nullable: true })
  async operatingAgencies(@Root() program: Program, @Ctx() { loaders }: AgreementsContext): Promise<Agency[]> {
    const links = await loaders.agenciesByProgram.load(program.code);
    return loadAll(
      loaders.agencyByCode,
      links.map((link) => link.agencyCode),
    );
  }

  @FieldResolver(() => [ProgramSite], { nullable: true, description: "Where the program operates." })
  sites(@Root() program: Program, @Ctx() { loaders }: AgreementsContext): Promise<ProgramSite[]> {
    return loaders.sitesByProgram.load(program.code);
  }

  @FieldResolver(() => [Agreement], { nullable: true, description: "The agreements this program rests on." })
  async legalBasis(@Root() program: Program, @Ctx() { loaders }: AgreementsContext): Promise<Agreement[]> {
    const links = await loaders.agreementsByProgram.load(program.code);
    return loadAll(
      loaders.agreementById,
      links.map((link) => link.agreementId),
    );
  }
}
