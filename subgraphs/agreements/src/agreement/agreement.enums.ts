import { registerEnumType } from "type-graphql";

export enum InstrumentType {
  MOU = "MOU",
  MOC = "MOC",
  LETTER_OF_INTENT = "LETTER_OF_INTENT",
  MRA = "MRA",
  CMAA = "CMAA",
  STATUTE = "STATUTE",
  OTHER = "OTHER",
}

export enum EffectiveFromBasis {
  STATED = "STATED",
  ASSUMED_ON_SIGNATURE = "ASSUMED_ON_SIGNATURE",
  UNKNOWN = "UNKNOWN",
}

export enum AgreementStatus {
  SIGNED = "SIGNED",
  IN_FORCE = "IN_FORCE",
  SUPERSEDED = "SUPERSEDED",
  TERMINATED = "TERMINATED",
}

registerEnumType(InstrumentType, {
  name: "InstrumentType",
  valuesConfig: {
    CMAA: { description: "Customs mutual assistance agreement." },
    STATUTE: { description: "A law that is itself the legal basis (e.g. between agencies of one country)." },
    OTHER: { description: "An instrument whose form was not published." },
  },
});
registerEnumType(EffectiveFromBasis, {
  name: "EffectiveFromBasis",
  description: "Where effectiveFrom comes from; UNKNOWN when the date was never published.",
});
registerEnumType(AgreementStatus, { name: "AgreementStatus" });
