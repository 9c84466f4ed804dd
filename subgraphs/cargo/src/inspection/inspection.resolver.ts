import { scopeDirective } from "@frontera/auth";
import { naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.stub";
import { type CargoContext } from "../context";
import { FIRST, LAST } from "../connection/page-arguments";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Program } from "../program/program.stub";
import { Shipment } from "../shipment/shipment.entity";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "./inspection.connection";
import { InspectionEvent } from "./inspection-event.entity";
import { Inspection, PestFinding } from "./inspection.entity";
import { findInspectionPage } from "./inspection.query";

@Resolver(() => Inspection)
export class InspectionResolver {
  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @Query(() => Inspection, { nullable: true })
  inspection(
    @Arg("id", () => ID, { description: "The inspection's global id, or its inspectionId." }) id: string,
    @Ctx() { loaders }: CargoContext,
  ): Promise<Inspection | null> {
    return loaders.inspectionById.load(naturalKeyArgument(id, "Inspection", "id"));
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @Query(() => InspectionConnection, { nullable: true })
  inspections(
    @Arg("filter", () => InspectionFilter, { nullable: true }) filter: InspectionFilter | null,
    @Arg("first", () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("last", () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg("before", () => String, { nullable: true }) before: string | null,
    @Arg("orderBy", () => InspectionOrder, { nullable: true }) orderBy: InspectionOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, filter ?? {}, { first, after, last, before }, orderBy);
  }

  @FieldResolver(() => Shipment, { nullable: true })
  shipment(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(inspection.shipmentControlNumber);
  }

  @FieldResolver(() => PortOfEntry, { nullable: true })
  port(@Root() inspection: Inspection): PortOfEntry {
    return { code: inspection.portCode };
  }

  @FieldResolver(() => [Agency], { nullable: "items" })
  async agencies(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<Agency[]> {
    const links = await loaders.agenciesByInspection.load(inspection.id);
    return links.map((link) => ({ code: link.agencyCode }));
  }

  @FieldResolver(() => Program, { nullable: true, description: "The program the exam ran under (UCP, CPI, NARP)." })
  program(@Root() inspection: Inspection): Program | null {
    return inspection.programCode ? { code: inspection.programCode } : null;
  }

  @Directive(scopeDirective("inspection:read", "inspection:agri:read"))
  @FieldResolver(() => [PestFinding], { nullable: true })
  pestFindings(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<PestFinding[]> {
    return loaders.pestFindingsByInspection.load(inspection.id);
  }

  @FieldResolver(() => [InspectionEvent], {
    nullable: true,
    description: "Every change, oldest first: opened, results recorded, reopenings with their reasons.",
  })
  events(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<InspectionEvent[]> {
    return loaders.eventsByInspection.load(inspection.id);
  }
}

export function resolveInspectionReference(reference: { inspectionId: string }, { loaders }: CargoContext) {
  return loaders.inspectionById.load(reference.inspectionId);
}
