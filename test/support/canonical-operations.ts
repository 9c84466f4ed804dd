// The canonical operations (README, "An example query") and their variants, as typed documents of the typed client
// (@frontera/operations, made from packages/operations/operations/*.graphql): what the gateway's
// query page offers, the benchmarks run and the trusted-documents manifest registers.
export {
  PortDashboardDocument as PORT_DASHBOARD,
  ShipmentDossierDocument as SHIPMENT_DOSSIER,
  ShipmentDossierPageDocument as SHIPMENT_DOSSIER_AFTER,
  ShipmentDossierOrderedDocument as SHIPMENT_DOSSIER_ORDERED,
  TravellerProfileDocument as TRAVELLER_PROFILE,
} from "@frontera/operations";
