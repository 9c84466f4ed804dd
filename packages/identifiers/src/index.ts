export { checkContainerNumber, iso6346CheckDigit } from "./iso6346";
export { checkVin, vinCheckDigit } from "./vin";
export { checkMrz, mrzCheckDigit, type MrzPart, type MrzResult } from "./icao9303";
export { checkPedimento, normalisePedimento } from "./pedimento";
export { checkHsCode, checkNationalTariffCode } from "./trade-codes";
export { checkScac, checkTripNumber, checkShipmentControlNumber } from "./carrier-codes";
export { checkPassId } from "./pass-id";
export { checkUsEntryNumber } from "./us-entry-number";
