// Plain enums, no GraphQL: each subgraph registers the ones it serves as GraphQL enums, with
// their descriptions, and the demo data (packages/seed) is typed by the same ones.
export { Lane, TRUCK_LANES } from "./lane";
export {
  AgreementStatus,
  ArrangementCoverage,
  AssistanceConcern,
  AssistanceRequestStatus,
  AssistanceSubjectKind,
  EffectiveFromBasis,
  InstrumentType,
  PortMode,
  ProgramCategory,
} from "./agreements";
export {
  CertificationStatus,
  CustomsRegime,
  DeclarationKind,
  EquipmentKind,
  HoldKind,
  InspectionKind,
  InspectionResult,
  PedimentoClave,
  RemedialAction,
  SelectionResult,
  ShipmentType,
  TradeRole,
} from "./cargo";
export { CrossingMode, Direction, DocumentType, MembershipStatus, Sex } from "./travellers";
export { codeOf } from "./code-of";
