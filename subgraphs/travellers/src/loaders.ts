import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type RowPlaces } from "@frontera/federation";
import { type TravellerRowPolicy } from "./access/traveller-row-policy";
import { type DataSource, In } from "typeorm";
import { Crossing } from "./crossing/crossing.entity";
import { TravelDocument } from "./document/travel-document.entity";
import { TrustedTravellerMembership } from "./membership/membership.entity";
import { Traveller } from "./traveller/traveller.entity";

const keys = (values: readonly string[]) => In([...values]);

/**
 * Created per request (in the context factory): a loader's cache must not outlive a request.
 * Lists of children are ordered by their parent's key first, as their index is (see cargo's).
 */
export function createTravellersLoaders(dataSource: DataSource, rowPolicy: TravellerRowPolicy, places: RowPlaces) {
  // Crossings the caller may not see are dropped here: to it they do not exist.
  const crossable = (rows: Crossing[]) => rows.filter((row) => rowPolicy.crossingVisible(row));
  const repository = dataSource.getRepository.bind(dataSource);
  return {
    /**
     * People by id, each placed at the ports they crossed at (for partners). Whether a person
     * shows depends also on how they were reached (a trip adds its port): the callers decide,
     * through TravellerRowPolicy.travellerVisible and the field checks.
     */
    travellerById: rowByKeyLoader(
      async (ids: readonly string[]) => {
        const travellers = await repository(Traveller).findBy({ id: keys(ids) });
        await rowPolicy.placeTravellers(dataSource, travellers, places);
        return travellers;
      },
      (traveller) => traveller.id,
    ),
    membershipsByTraveller: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(TrustedTravellerMembership).find({
          where: { travellerId: keys(ids) },
          order: { travellerId: "ASC", programCode: "ASC" },
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
    membershipById: rowByKeyLoader(
      (ids: readonly string[]) => repository(TrustedTravellerMembership).findBy({ id: keys(ids) }),
      (membership) => membership.id,
    ),
    documentById: rowByKeyLoader(
      (ids: readonly string[]) => repository(TravelDocument).findBy({ id: keys(ids) }),
      (document) => document.id,
    ),
    crossingById: rowByKeyLoader(
      async (ids: readonly string[]) => crossable(await repository(Crossing).findBy({ id: keys(ids) })),
      (crossing) => crossing.id,
    ),
    crossingByTrip: rowByKeyLoader(
      async (numbers: readonly string[]) => crossable(await repository(Crossing).findBy({ tripNumber: keys(numbers) })),
      (crossing) => crossing.tripNumber!,
    ),
  };
}

export type TravellersLoaders = ReturnType<typeof createTravellersLoaders>;
