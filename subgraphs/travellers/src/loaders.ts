import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type DataSource, In } from "typeorm";
import { TrustedTravellerMembership } from "./membership/membership.entity";
import { Traveller } from "./traveller/traveller.entity";

/** Created per request (in the context factory): a loader's cache must not outlive a request. */
export function createTravellersLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  return {
    travellerById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Traveller).findBy({ id: In([...ids]) }),
      (traveller) => traveller.id,
    ),
    membershipsByTraveller: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(TrustedTravellerMembership).find({
          where: { travellerId: In([...ids]) },
          order: { programCode: "ASC" },
        }),
      (membership) => membership.travellerId,
    ),
  };
}

export type TravellersLoaders = ReturnType<typeof createTravellersLoaders>;
