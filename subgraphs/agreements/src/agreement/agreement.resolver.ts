import { scopeDirective } from "@frontera/auth";
import { naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { Program } from "../program/program.entity";
import { AgreementVersion } from "./agreement-version.entity";
import { Agreement } from "./agreement.entity";
import { AgreementFilter } from "./agreement.inputs";
import { findAgreements } from "./agreement.query";

@Resolver(() => Agreement)
export class AgreementResolver {
  @Directive(scopeDirective("reference:read"))
  @Query(() => [Agreement], { nullable: true, description: "Agreements, most recently signed first." })
  agreements(
    @Arg("filter", () => AgreementFilter, {
      nullable: true,
      description: "Conditions every returned agreement meets; omit for all.",
    })
    filter: AgreementFilter | null,
    @Ctx() { dataSource }: AgreementsContext,
  ): Promise<Agreement[]> {
    return findAgreements(dataSource, filter ?? {});
  }

  @Directive(scopeDirective("reference:read"))
  @Query(() => Agreement, { nullable: true })
  agreement(
    @Arg("id", () => ID, {
      description: "The agreement's global id, or its agreementId (slug), e.g. 2018-cpi-ucp-mou.",
    })
    id: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<Agreement | null> {
    return loaders.agreementById.load(naturalKeyArgument(id, "Agreement", "id"));
  }

  @FieldResolver(() => [Agency])
  async parties(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext): Promise<Agency[]> {
    const links = await loaders.partiesByAgreement.load(agreement.id);
    return loadAll(
      loaders.agencyByCode,
      links.map((link) => link.agencyCode),
    );
  }

  @FieldResolver(() => [Agreement], { description: "Earlier instruments this one replaces." })
  async supersedes(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext): Promise<Agreement[]> {
    const links = await loaders.supersededByAgreement.load(agreement.id);
    return loadAll(
      loaders.agreementById,
      links.map((link) => link.supersededId),
    );
  }

  @FieldResolver(() => [AgreementVersion], { description: "Earlier versions, oldest first; empty if never changed." })
  history(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext): Promise<AgreementVersion[]> {
    return loaders.versionsByAgreement.load(agreement.id);
  }

  @FieldResolver(() => [Program], { description: "Programs this agreement is a legal basis of." })
  async programs(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext): Promise<Program[]> {
    const links = await loaders.programsByAgreement.load(agreement.id);
    return loadAll(
      loaders.programByCode,
      links.map((link) => link.programCode),
    );
  }
}
