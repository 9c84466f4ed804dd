import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type DataSource, In } from "typeorm";
import { Crossing } from "./crossing/crossing.entity";
import { TravelDocument } from "./document/travel-document.entity";
import { TrustedTravellerMembership } from "./membership/membership.entity";
import { Traveller } from "./traveller/traveller.entity";

const keys = (values: readonly string[]) => In([...values]);

/** Created per request (in the context factory): a loader's cache must not outlive a request. */
export function createTravellersLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  return {
    travellerById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Traveller).findBy({ id: keys(ids) }),
      (traveller) => traveller.id,
    ),
    membershipsByTraveller: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(TrustedTravellerMembership).find({
          where: { travellerId: keys(ids) },
          order: { programCode: "ASC" },
        }),
      (membership) => membership.travellerId,
    ),
    documentsByTraveller: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(TravelDocument).find({
          where: { travellerId: keys(ids) },
          order: { type: "ASC", expiresOn: "DESC" },
        }),
      (document) => document.travellerId,
    ),
    documentById: rowByKeyLoader(
      (ids: readonly string[]) => repository(TravelDocument).findBy({ id: keys(ids) }),
      (document) => document.id,
    ),
    crossingById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Crossing).findBy({ id: keys(ids) }),
      (crossing) => crossing.id,
    ),
    crossingByTrip: rowByKeyLoader(
      (numbers: readonly string[]) => repository(Crossing).findBy({ tripNumber: keys(numbers) }),
      (crossing) => crossing.tripNumber!,
    ),
  };
}

export type TravellersLoaders = ReturnType<typeof createTravellersLoaders>;
