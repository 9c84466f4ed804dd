// The canonical operations of DOMAIN.md, kept once, with the gateway's query page.
export { PORT_DASHBOARD, SHIPMENT_DOSSIER, SHIPMENT_DOSSIER_AFTER, TRAVELLER_PROFILE } from "@frontera/gateway";
