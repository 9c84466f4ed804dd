import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { Program } from "../program/program.entity";
import { PortOfEntry } from "./port.entity";
import { PortFilter, findPorts } from "./port.query";

@Resolver(() => PortOfEntry)
export class PortResolver {
  @Directive(scopeDirective("reference:read"))
  @Query(() => [PortOfEntry], { nullable: true, description: "Ports of entry, by code." })
  ports(
    @Arg("filter", () => PortFilter, {
      nullable: true,
      description: "Conditions every returned port meets; omit for all.",
    })
    filter: PortFilter | null,
    @Ctx() { dataSource }: AgreementsContext,
  ): Promise<PortOfEntry[]> {
    return findPorts(dataSource, filter ?? {});
  }

  @Directive(scopeDirective("reference:read"))
  @Query(() => PortOfEntry, { nullable: true })
  port(
    @Arg("code", () => ID, { description: "The CBP Schedule D code, 4 digits, e.g. 2304 (Laredo)." }) code: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<PortOfEntry | null> {
    return loaders.portByCode.load(code);
  }

  @FieldResolver(() => [Program], { nullable: true, description: "Programs operating at this port." })
  async programs(@Root() port: PortOfEntry, @Ctx() { loaders }: AgreementsContext): Promise<Program[]> {
    const links = await loaders.programsByPort.load(port.code);
    return loadAll(
      loaders.programByCode,
      links.map((link) => link.programCode),
    );
  }
}
