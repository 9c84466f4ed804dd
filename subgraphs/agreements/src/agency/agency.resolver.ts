import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { Agency } from "./agency.entity";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "Every agency, by code." })
  agencies(@Ctx() { dataSource }: AgreementsContext): Promise<Agency[]> {
    return dataSource.getRepository(Agency).find({ order: { code: "ASC" } });
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg("code", () => ID) code: string, @Ctx() { loaders }: AgreementsContext): Promise<Agency | null> {
    return loaders.agencyByCode.load(code);
  }
}
