import { insertInChunks } from "@frontera/database";
import { type SeedSize, generateCrossings, generateTravellers } from "@frontera/seed";
import { type DataSource } from "typeorm";
import { Crossing, type CrossingLane, type CrossingMode, type Direction } from "../crossing/crossing.entity";
import { type DocumentType, TravelDocument, documentNumberKey } from "../document/travel-document.entity";
import { travellersEntities } from "../entities";
import { type MembershipStatus, TrustedTravellerMembership } from "../membership/membership.entity";
import { nameTokens } from "../traveller/name-search";
import { type Sex, Traveller, TravellerNameToken } from "../traveller/traveller.entity";

export async function isTravellersDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Traveller).count()) === 0;
}

/** Replaces every traveller, document, membership and crossing with the demo data of this size. */
export async function seedTravellers(dataSource: DataSource, size: SeedSize): Promise<void> {
  const { travellers, memberships, documents } = generateTravellers(size);
  const crossings = generateCrossings(size);
  await dataSource.transaction(async (manager) => {
    for (const entity of travellersEntities) await manager.clear(entity);
    await insertInChunks(
      manager,
      Traveller,
      travellers.map((traveller) => ({ ...traveller, sex: traveller.sex as Sex })),
    );
    await insertInChunks(
      manager,
      TravellerNameToken,
      travellers.flatMap((traveller) =>
        nameTokens(traveller.familyName, traveller.givenNames).map((token) => ({ travellerId: traveller.id, token })),
      ),
    );
    await insertInChunks(
      manager,
      TrustedTravellerMembership,
      memberships.map((membership) => ({ ...membership, status: membership.status as MembershipStatus })),
    );
    await insertInChunks(
      manager,
      TravelDocument,
      documents.map((document) => ({
        ...document,
        type: document.type as DocumentType,
        numberKey: documentNumberKey(document.number),
      })),
    );
    await insertInChunks(
      manager,
      Crossing,
      crossings.map((crossing) => ({
        ...crossing,
        direction: crossing.direction as Direction,
        mode: crossing.mode as CrossingMode,
        lane: crossing.lane as CrossingLane,
      })),
    );
  });
}
