import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs, naturalKeyArgument } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.stub";
import { type CargoContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Program } from "../program/program.stub";
import { Shipment } from "../shipment/shipment.entity";
import { Trip } from "../trip/trip.entity";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "./inspection.connection";
import { InspectionEvent } from "./inspection-event.entity";
import { Inspection, PestFinding } from "./inspection.entity";
import { findInspectionPage } from "./inspection.query";

const InspectionListArgs = listArgs({ filter: InspectionFilter, orderBy: InspectionOrder });

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
    @Args(() => InspectionListArgs) { filter, orderBy, ...page }: ListArguments<InspectionFilter, InspectionOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, filter ?? {}, page, orderBy);
  }

  @FieldResolver(() => Shipment, {
    nullable: true,
    description: "The shipment examined; null when the inspection examined its whole trip (see trip).",
  })
  shipment(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> | null {
    return inspection.shipmentControlNumber
      ? loaders.shipmentByControlNumber.load(inspection.shipmentControlNumber)
      : null;
  }

  @FieldResolver(() => Trip, {
    nullable: true,
    description:
      "The trip examined as a whole (the truck and every shipment on it); null for an inspection of one shipment.",
  })
  trip(@Root() inspection: Inspection, @Ctx() { loaders }: CargoContext): Promise<Trip | null> | null {
    return inspection.tripNumber ? loaders.tripByNumber.load(inspection.tripNumber) : null;
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
