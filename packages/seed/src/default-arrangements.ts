import { ArrangementCoverage, Direction } from "@frontera/code-lists";
import { programSiteFacts } from "./reference-data";

export interface ArrangementFact {
  id: string;
  provider: string;
  recipient: string;
  agreement: string;
  scopes: string[];
  /** Stated, never inferred from an empty list: ALL_PORTS lists no port, LISTED_PORTS at least one. */
  coverage: ArrangementCoverage;
  ports: string[];
  /** Which way's trade it shares; absent: NORTHBOUND only (docs/southbound.md). */
  directions?: Direction[];
  purpose: string;
  validFrom: string;
  validTo: string | null;
}

const ucpPorts = [...new Set(programSiteFacts.filter((site) => site.programCode === "UCP").map((s) => s.portCode))];

// The five arrangements seeded by default. CBP is the provider of
// each: the data is CBP's. The dates are Frontera's own records of when sharing began.
export const defaultArrangements: ArrangementFact[] = [
  {
    id: "cbp-anam-ucp",
    provider: "CBP",
    recipient: "ANAM",
    agreement: "2018-cpi-ucp-mou",
    scopes: [
      "reference:read",
      "cargo:manifest:read",
      "cargo:conveyance:read",
      "inspection:joint:read",
      "traveller:identity:read",
    ],
    coverage: ArrangementCoverage.LISTED_PORTS,
    ports: ucpPorts,
    purpose:
      "Joint inspections under Unified Cargo Processing and cargo pre-inspection: manifests, conveyances, joint exams and the identity of drivers at UCP sites",
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
  },
  {
    id: "cbp-anam-customs-enforcement",
    provider: "CBP",
    recipient: "ANAM",
    agreement: "2018-customs-trade-enforcement-moc",
    // Answering CBP's assistance requests is the cooperation the memorandum sets up; asking is not
    // granted here (a Mexican request to CBP would need its own arrangement from ANAM's side).
    // Southbound too: the shipments entering Mexico are ANAM's own imports, with their pedimentos.
    scopes: [
      "reference:read",
      "cargo:manifest:read",
      "cargo:commercial:read",
      "cargo:pedimento:read",
      "enforcement:respond",
    ],
    coverage: ArrangementCoverage.ALL_PORTS,
    ports: [],
    directions: [Direction.NORTHBOUND, Direction.SOUTHBOUND],
    purpose: "Customs compliance and trade enforcement: anti-dumping, counterfeits, substandard pharmaceuticals",
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
  },
  {
    id: "cbp-senasica-agriculture",
    provider: "CBP",
    recipient: "SENASICA",
    agreement: "2018-agriculture-safeguarding",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read", "hold:agri:read", "hold:agri:write"],
    coverage: ArrangementCoverage.ALL_PORTS,
    ports: [],
    // Southbound too: SENASICA inspects US agricultural exports at its OISA points itself.
    directions: [Direction.NORTHBOUND, Direction.SOUTHBOUND],
    purpose: "Agriculture safeguarding: agriculture inspections, pest interceptions and phytosanitary certificates",
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
  },
  {
    id: "cbp-aphis-agriculture",
    provider: "CBP",
    recipient: "APHIS",
    agreement: "2002-homeland-security-act-421",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read", "hold:agri:read", "hold:agri:write"],
    coverage: ArrangementCoverage.ALL_PORTS,
    ports: [],
    purpose: "Agriculture quarantine inspection at ports of entry: pest identification and plant health policy",
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
  },
  {
    id: "cbp-inm-trusted-traveller",
    provider: "CBP",
    recipient: "INM",
    agreement: "trusted-traveller-cooperation",
    scopes: ["reference:read", "traveller:membership:read"],
    coverage: ArrangementCoverage.ALL_PORTS,
    ports: [],
    purpose: "Trusted-traveller cooperation: program and status of memberships (never vetting reasons)",
    validFrom: "2026-01-01T00:00:00Z",
    validTo: null,
  },
];
