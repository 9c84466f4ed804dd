export { AccessClient } from "./access-client";
export { agreementsReference, AgreementsReference, type ReferenceData } from "./agreements-reference";
