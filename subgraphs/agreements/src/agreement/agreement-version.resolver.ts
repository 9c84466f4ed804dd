import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { Program } from "../program/program.entity";
import { AgreementVersion } from "./agreement-version.entity";

@Resolver(() => AgreementVersion)
export class AgreementVersionResolver {
  @FieldResolver(() => [Agency])
  parties(@Root() version: AgreementVersion, @Ctx() { loaders }: AgreementsContext): Promise<Agency[]> {
    return loadAll(loaders.agencyByCode, version.snapshot.parties);
  }

  @FieldResolver(() => [Program])
  programs(@Root() version: AgreementVersion, @Ctx() { loaders }: AgreementsContext): Promise<Program[]> {
    return loadAll(loaders.programByCode, version.snapshot.programs);
  }
}
