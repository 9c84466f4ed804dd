import { registerEnumType } from "type-graphql";
import { ProgramCategory } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { ProgramCategory };

registerEnumType(ProgramCategory, {
  name: "ProgramCategory",
  description: "What a program is for.",
  valuesConfig: {
    CARGO_FACILITATION: { description: "Faster or joint processing of cargo, e.g. UCP, CPI, FAST." },
    TRUSTED_TRADER: { description: "Certified supply-chain security of a company, e.g. CTPAT, OEA." },
    TRUSTED_TRAVELLER: { description: "Vetted travellers with their own lanes, e.g. SENTRI, Global Entry." },
    AGRICULTURE: { description: "Plant and animal health safeguarding, e.g. NARP." },
  },
});
