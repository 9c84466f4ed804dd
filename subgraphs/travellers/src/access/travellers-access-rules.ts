import { type AccessRules, type EntityRule, PLACED_EVERYWHERE } from "@frontera/federation";
import { type TravellersContext } from "../context";
import { type Crossing } from "../crossing/crossing.entity";
import { type Traveller } from "../traveller/traveller.entity";

const atItsPort = { place: (row: { portCode: string }) => [row.portCode] };

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
  Crossing: atItsPort satisfies EntityRule<Crossing>,
  // Cargo's trips and shipments, with the port and driver cargo says they have (@requires).
  Trip: atItsPort,
  Shipment: atItsPort,
  PortOfEntry: { place: (port: { code: string }) => [port.code] },
  Program: PLACED_EVERYWHERE,
};
