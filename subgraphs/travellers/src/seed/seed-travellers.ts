import { rebuildDailyCounts } from "@frontera/port-daily-counts";
import {
  type SeedSize,
  type TravellerBatch,
  streamCrossings,
  streamTravellers,
  type BulkLoad,
  startBulkLoad,
} from "@frontera/seed";
import { type DataSource, type ObjectLiteral } from "typeorm";
import { CROSSING_SERIES } from "../crossing/crossing-counts";
import { Crossing } from "../crossing/crossing.entity";
import { TravelDocument, documentNumberKey } from "../document/travel-document.entity";
import { travellersEntities } from "../entities";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { nameTokens } from "../traveller/name-search";
import { Traveller, TravellerNameToken } from "../traveller/traveller.entity";

export async function isTravellersDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Traveller).count()) === 0;
}

/**
 * Replaces every traveller, document, membership and crossing with the demo data of this size,
 * streamed in batches (see seedCargo).
 */
export async function seedTravellers(dataSource: DataSource, size: SeedSize): Promise<void> {
  for (const entity of travellersEntities) await dataSource.manager.clear<ObjectLiteral>(entity);
  const load = await startBulkLoad(dataSource);
  for (const batch of streamTravellers(size)) await addTravellers(load, batch);
  for (const crossings of streamCrossings(size)) {
    await load.add(Crossing, crossings);
  }
  await load.finish();
  for (const series of CROSSING_SERIES) await rebuildDailyCounts(dataSource, series);
}

async function addTravellers(load: BulkLoad, { travellers, memberships, documents }: TravellerBatch) {
  await load.add(Traveller, travellers);
  await load.add(
    TravellerNameToken,
    travellers.flatMap((traveller) =>
      nameTokens(traveller.familyName, traveller.givenNames).map((token) => ({ travellerId: traveller.id, token })),
    ),
  );
  await load.add(TrustedTravellerMembership, memberships);
  await load.add(
    TravelDocument,
    documents.map((document) => ({
      ...document,
      numberKey: documentNumberKey(document.number),
    })),
  );
}
