import { type BulkLoad, rebuildDailyCounts, startBulkLoad } from "@frontera/database";
import { type SeedSize, type TravellerBatch, streamCrossings, streamTravellers } from "@frontera/seed";
import { type DataSource, type ObjectLiteral } from "typeorm";
import { CROSSINGS_BY_TIME } from "../crossing/crossing-counts";
import { type Lane } from "@frontera/federation";
import { Crossing, type CrossingMode, type Direction } from "../crossing/crossing.entity";
import { type DocumentType, TravelDocument, documentNumberKey } from "../document/travel-document.entity";
import { travellersEntities } from "../entities";
import { type MembershipStatus, TrustedTravellerMembership } from "../membership/membership.entity";
import { nameTokens } from "../traveller/name-search";
import { type Sex, Traveller, TravellerNameToken } from "../traveller/traveller.entity";

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
    await load.add(
      Crossing,
      crossings.map((crossing) => ({
        ...crossing,
        direction: crossing.direction as Direction,
        mode: crossing.mode as CrossingMode,
        lane: crossing.lane as Lane,
      })),
    );
  }
  await load.finish();
  await rebuildDailyCounts(dataSource, CROSSINGS_BY_TIME);
}

async function addTravellers(load: BulkLoad, { travellers, memberships, documents }: TravellerBatch) {
  await load.add(
    Traveller,
    travellers.map((traveller) => ({ ...traveller, sex: traveller.sex as Sex })),
  );
  await load.add(
    TravellerNameToken,
    travellers.flatMap((traveller) =>
      nameTokens(traveller.familyName, traveller.givenNames).map((token) => ({ travellerId: traveller.id, token })),
    ),
  );
  await load.add(
    TrustedTravellerMembership,
    memberships.map((membership) => ({ ...membership, status: membership.status as MembershipStatus })),
  );
  await load.add(
    TravelDocument,
    documents.map((document) => ({
      ...document,
      type: document.type as DocumentType,
      numberKey: documentNumberKey(document.number),
    })),
  );
}
