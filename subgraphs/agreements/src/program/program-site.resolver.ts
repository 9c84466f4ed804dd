import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { PortOfEntry } from "../port/port.entity";
import { ProgramSite } from "./program-site.entity";

@Resolver(() => ProgramSite)
export class ProgramSiteResolver {
  @FieldResolver(() => PortOfEntry)
  port(@Root() site: ProgramSite, @Ctx() { loaders }: AgreementsContext): Promise<PortOfEntry | null> {
    return loaders.portByCode.load(site.portCode);
  }
}
