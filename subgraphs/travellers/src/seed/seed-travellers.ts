import { insertInChunks } from "@frontera/database";
import { type SeedSize, generateTravellers } from "@frontera/seed";
import { type DataSource } from "typeorm";
import { travellersEntities } from "../entities";
import { type MembershipStatus, TrustedTravellerMembership } from "../membership/membership.entity";
import { type Sex, Traveller } from "../traveller/traveller.entity";

export async function isTravellersDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Traveller).count()) === 0;
}

/** Replaces every traveller and membership with the generated demo data of this size. */
export async function seedTravellers(dataSource: DataSource, size: SeedSize): Promise<void> {
  const { travellers, memberships } = generateTravellers(size);
  await dataSource.transaction(async (manager) => {
    for (const entity of travellersEntities) await manager.clear(entity);
    await insertInChunks(
      manager,
      Traveller,
      travellers.map((traveller) => manager.create(Traveller, { ...traveller, sex: traveller.sex as Sex })),
    );
    await insertInChunks(
      manager,
      TrustedTravellerMembership,
      memberships.map((membership) => ({ ...membership, status: membership.status as MembershipStatus })),
    );
  });
}
