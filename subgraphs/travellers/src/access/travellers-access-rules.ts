import { NORTHBOUND, tradePlace } from "@frontera/auth";
import { type AccessRules, type EntityRule, PLACED_EVERYWHERE } from "@frontera/federation";
import { type TravellersContext } from "../context";
import { type Crossing } from "../crossing/crossing.entity";
import { crossingPlace } from "./crossing-place";
import { type TravelDocument } from "../document/travel-document.entity";
import { type TrustedTravellerMembership } from "../membership/membership.entity";
import { type Traveller } from "../traveller/traveller.entity";

// A trip or shipment of cargo's; a representation without a direction is read as NORTHBOUND, the
// only direction there was before directions were kept (docs/southbound.md).
const atItsTradePlace = {
  place: (row: { portCode: string; direction?: string | null }) => [
    tradePlace(row.portCode, row.direction ?? NORTHBOUND),
  ],
};

/** A person's document or membership, looked up by id, lives where its holder does. */
const withItsHolder = {
  locate: async (row: { travellerId: string }, { loaders, places }: TravellersContext) => {
    const holder = await loaders.travellerById.load(row.travellerId);
    return holder ? places.get(holder) : undefined;
  },
};

/**
 * Where each kind of travellers row lives (docs/security-model.md). A person has no port of their
 * own: the loaders place them at the ports of their crossings, and a trip adds its port.
 */
export const travellersAccessRules: AccessRules = {
  Traveller: {
    locate: async (traveller, { loaders, places }) => {
      await loaders.travellerById.load(traveller.id);
      return places.get(traveller);
    },
  } satisfies EntityRule<Traveller, TravellersContext>,
  // A driver's southbound crossing at its port in that direction (crossingPlace), others at the port.
  Crossing: { place: (crossing) => [crossingPlace(crossing)] } satisfies EntityRule<Crossing>,
  TravelDocument: withItsHolder satisfies EntityRule<TravelDocument, TravellersContext>,
  TrustedTravellerMembership: withItsHolder satisfies EntityRule<TrustedTravellerMembership, TravellersContext>,
  // Cargo's trips and shipments, with the port, direction and driver cargo says they have
  // (@requires): a grant reaches their driver only if it covers that port in that direction.
  Trip: atItsTradePlace,
  Shipment: atItsTradePlace,
  PortOfEntry: { place: (port: { code: string }) => [port.code] },
  Program: PLACED_EVERYWHERE,
};
