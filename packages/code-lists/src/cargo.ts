// The cargo subgraph's code lists; its GraphQL enums (with their descriptions) are registered there.

export enum ShipmentType {
  PAPS = "PAPS",
  IN_BOND = "IN_BOND",
}

export enum EquipmentKind {
  CONTAINER = "CONTAINER",
  TRAILER = "TRAILER",
  CHASSIS = "CHASSIS",
}

export enum DeclarationKind {
  US_ENTRY = "US_ENTRY",
  MX_PEDIMENTO = "MX_PEDIMENTO",
}

export enum TradeRole {
  CARRIER = "CARRIER",
  SHIPPER = "SHIPPER",
  CONSIGNEE = "CONSIGNEE",
  IMPORTER = "IMPORTER",
  MANUFACTURER = "MANUFACTURER",
}

export enum CertificationStatus {
  CERTIFIED = "CERTIFIED",
  VALIDATED = "VALIDATED",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
}

export enum InspectionKind {
  PRIMARY = "PRIMARY",
  SECONDARY = "SECONDARY",
  NII_XRAY = "NII_XRAY",
  AGRICULTURE = "AGRICULTURE",
  UCP_JOINT = "UCP_JOINT",
  PRE_INSPECTION = "PRE_INSPECTION",
}

export enum InspectionResult {
  PENDING = "PENDING",
  RELEASED = "RELEASED",
  REFERRED = "REFERRED",
  HELD = "HELD",
  SEIZED = "SEIZED",
  REEXPORTED = "REEXPORTED",
  TREATED = "TREATED",
  DESTROYED = "DESTROYED",
}

/** Why an agency stops a shipment: its own authority decides which scopes place and read the hold. */
export enum HoldKind {
  AGRICULTURAL = "AGRICULTURAL",
  CUSTOMS = "CUSTOMS",
  ENFORCEMENT = "ENFORCEMENT",
}

export enum RemedialAction {
  RELEASED = "RELEASED",
  TREATED = "TREATED",
  REEXPORTED = "REEXPORTED",
  DESTROYED = "DESTROYED",
}

/**
 * The pedimento's clave (Anexo 22 of Mexico's foreign-trade rules, appendix 2): what kind of
 * operation it declares. Only the few a truck crossing southbound commonly carries.
 */
export enum PedimentoClave {
  A1 = "A1",
  IN = "IN",
  AF = "AF",
}

/** The customs regime the goods enter Mexico under (Ley Aduanera, article 90). */
export enum CustomsRegime {
  DEFINITIVE_IMPORT = "DEFINITIVE_IMPORT",
  TEMPORARY_IMPORT_IMMEX = "TEMPORARY_IMPORT_IMMEX",
}

/** The random selection (semáforo fiscal) a pedimento meets at the customs module, as its result. */
export enum SelectionResult {
  GREEN = "GREEN",
  RED = "RED",
}
