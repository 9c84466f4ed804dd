import { scopeDirective } from "@frontera/auth";
import { naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { Agreement } from "../agreement/agreement.entity";
import { type AgreementsContext } from "../context";
import { loadAll } from "../load-all";
import { PortOfEntry } from "../port/port.entity";
import { ArrangementEvent } from "./arrangement-event.entity";
import { DataSharingArrangement } from "./arrangement.entity";
import { ArrangementCoverage } from "./arrangement.enums";
import { findArrangements } from "./arrangement.query";
import { ArrangementFilter } from "./arrangement.inputs";

@Resolver(() => DataSharingArrangement)
export class ArrangementResolver {
  @Directive(scopeDirective("reference:read"))
  @Query(() => [DataSharingArrangement], {
    nullable: true,
    description: "Arrangements, by recipient agency and status.",
  })
  arrangements(
    @Arg("filter", () => ArrangementFilter, {
      nullable: true,
      description: "Conditions every returned arrangement meets; omit for all.",
    })
    filter: ArrangementFilter | null,
    @Ctx() { dataSource, access }: AgreementsContext,
  ): Promise<DataSharingArrangement[]> {
    return findArrangements(dataSource, access, filter?.recipientCode ?? null, filter?.status ?? null);
  }

  @Directive(scopeDirective("reference:read"))
  @Query(() => DataSharingArrangement, { nullable: true })
  arrangement(
    @Arg("id", () => ID, { description: "The arrangement's global id, or its arrangementId." }) id: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<DataSharingArrangement | null> {
    return loaders.arrangementById.load(naturalKeyArgument(id, "DataSharingArrangement", "id"));
  }

  @FieldResolver(() => Agency)
  provider(@Root() arrangement: DataSharingArrangement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(arrangement.providerCode);
  }

  @FieldResolver(() => Agency)
  recipient(@Root() arrangement: DataSharingArrangement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(arrangement.recipientCode);
  }

  @FieldResolver(() => Agreement, { description: "The legal basis of the sharing." })
  agreement(@Root() arrangement: DataSharingArrangement, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agreementById.load(arrangement.agreementId);
  }

  @FieldResolver(() => [PortOfEntry], {
    description:
      "The ports listed when coverage is LISTED_PORTS; empty when it is ALL_PORTS. `coverage` decides where the scopes hold: never read an empty list as every port.",
  })
  async ports(
    @Root() arrangement: DataSharingArrangement,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<PortOfEntry[]> {
    if (arrangement.coverage === ArrangementCoverage.ALL_PORTS) return [];
    const links = await loaders.portsByArrangement.load(arrangement.id);
    return loadAll(
      loaders.portByCode,
      links.map((link) => link.portCode),
    );
  }

  @FieldResolver(() => [ArrangementEvent], { description: "Every change, oldest first." })
  events(
    @Root() arrangement: DataSharingArrangement,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<ArrangementEvent[]> {
    return loaders.eventsByArrangement.load(arrangement.id);
  }
}
