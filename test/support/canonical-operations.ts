// The canonical operations, kept once, with the gateway's query page.
import { SHIPMENT_DOSSIER_AFTER } from "@frontera/gateway";

export { PORT_DASHBOARD, SHIPMENT_DOSSIER, SHIPMENT_DOSSIER_AFTER, TRAVELLER_PROFILE } from "@frontera/gateway";

/** ShipmentDossier in an order of the caller's (`orderBy: { field, direction }`). */
export const SHIPMENT_DOSSIER_ORDERED = SHIPMENT_DOSSIER_AFTER.replace(
  "$after: String)",
  "$after: String, $orderBy: ShipmentOrder)",
).replace("after: $after)", "after: $after, orderBy: $orderBy)");
