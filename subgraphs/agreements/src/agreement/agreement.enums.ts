import { registerEnumType } from "type-graphql";
import { InstrumentType, EffectiveFromBasis, AgreementStatus } from "@frontera/code-lists";

// The code list's enums (shared with the demo data), served by this subgraph as GraphQL enums.
export { InstrumentType, EffectiveFromBasis, AgreementStatus };

registerEnumType(InstrumentType, {
  name: "InstrumentType",
  description: "The legal form of an agreement.",
  valuesConfig: {
    MOU: { description: "Memorandum of understanding." },
    MOC: { description: "Memorandum of cooperation." },
    LETTER_OF_INTENT: { description: "Letter of intent." },
    MRA: { description: "Mutual recognition arrangement, e.g. between CTPAT and OEA." },
    CMAA: { description: "Customs mutual assistance agreement." },
    STATUTE: { description: "A law that is itself the legal basis (e.g. between agencies of one country)." },
    OTHER: { description: "An instrument whose form was not published." },
  },
});
registerEnumType(EffectiveFromBasis, {
  name: "EffectiveFromBasis",
  description: "Where effectiveFrom comes from; UNKNOWN when the date was never published.",
  valuesConfig: {
    STATED: { description: "The agreement states the date it takes effect." },
    ASSUMED_ON_SIGNATURE: { description: "No date stated; taken to take effect on signature." },
    UNKNOWN: { description: "The date it takes effect was never published; effectiveFrom is null." },
  },
});
registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where an agreement stands in its life.",
  valuesConfig: {
    SIGNED: { description: "Signed, not yet in force." },
    IN_FORCE: { description: "In force." },
    SUPERSEDED: { description: "Replaced by a later agreement (see its supersedes)." },
    TERMINATED: { description: "Ended by the parties; no longer in force." },
  },
});
