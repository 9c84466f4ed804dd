export { AccessClient } from "./access-client";
export {
  agreementsReference,
  agreementsReferenceOf,
  AgreementsReference,
  type AgreementsPeer,
  type ReferenceData,
} from "./agreements-reference";
