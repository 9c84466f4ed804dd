import { registerEnumType } from "type-graphql";

export enum ProgramCategory {
  CARGO_FACILITATION = "CARGO_FACILITATION",
  TRUSTED_TRADER = "TRUSTED_TRADER",
  TRUSTED_TRAVELLER = "TRUSTED_TRAVELLER",
  AGRICULTURE = "AGRICULTURE",
}

registerEnumType(ProgramCategory, { name: "ProgramCategory" });
