// Carrier-assigned identifiers in CBP's ACE e-Manifest. The Standard Carrier Alpha Code is
// assigned by the NMFTA: 2 to 4 capital letters (our carriers all have 4). Truck trip numbers and
// shipment control numbers are made unique across carriers by starting with the carrier's SCAC
// (CBP ACE e-Manifest: Trucks; trip numbers up to 25 characters, SCNs 4 letters then 4 to 12).

/** null when `value` is a SCAC such as "ABCD", otherwise what is wrong. */
export function checkScac(value: string): string | null {
  return /^[A-Z]{2,4}$/.test(value) ? null : "should be 2 to 4 capital letters";
}

/** null when `value` is a trip number of the carrier `scac`, otherwise what is wrong. */
export function checkTripNumber(value: string, scac: string): string | null {
  if (!/^[A-Z0-9]*$/.test(value)) return "should contain only capital letters and digits";
  if (value.length < 8 || value.length > 25) return `should be 8 to 25 characters, not ${value.length}`;
  return value.startsWith(scac) ? null : `should start with the carrier's SCAC ${scac}`;
}

/** null when `value` is a shipment control number (of the carrier `scac`, when given), otherwise what is wrong. */
export function checkShipmentControlNumber(value: string, scac?: string): string | null {
  if (!/^[A-Z]{4}[A-Z0-9]{4,12}$/.test(value)) {
    return "should be 4 capital letters followed by 4 to 12 capital letters or digits";
  }
  return scac === undefined || value.startsWith(scac) ? null : `should start with the carrier's SCAC ${scac}`;
}
