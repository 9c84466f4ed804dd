import agencyFile from "./reference/agencies.json";
import agreementFile from "./reference/agreements.json";
import commodityFile from "./reference/commodities.json";
import portFile from "./reference/ports.json";
import programFile from "./reference/programs.json";

// Sourced facts (see reference/README.md). Demo data is generated around them; nothing here is
// invented except where a comment says how a value is derived.

export interface AgencyFact {
  code: string;
  name: string;
  country: string;
  parent: string;
}

export interface AgreementFact {
  id: string;
  title: string;
  titleEs: string | null;
  instrumentType: string;
  parties: string[];
  signedOn: string;
  signedAt: string | null;
  effectiveFrom: string | null;
  effectiveFromBasis: "STATED" | "ASSUMED_ON_SIGNATURE" | "UNKNOWN";
  expiresOn: string | null;
  status: "SIGNED" | "IN_FORCE" | "SUPERSEDED" | "TERMINATED";
  supersedes: string[];
  programs: string[];
  sources: string[];
}

export interface ProgramFact {
  code: string;
  name: string;
  category: string;
  agencies: string[];
}

export interface PortFact {
  code: string;
  name: string;
  usState: string;
  mxCity: string;
  mxAduanaSeccion: string;
  modes: string[];
  trucksPerDay2021: number | null;
  ucpSince: string | null;
  programs: string[];
}

export interface CommodityFact {
  code: string;
  description: string;
  agri: boolean;
  usExport: boolean;
}

export const agencyFacts: AgencyFact[] = agencyFile.agencies.map(({ code, name, country, parent }) => ({
  code,
  name,
  country,
  parent,
}));

type RawAgreement = (typeof agreementFile.agreements)[number] &
  Partial<{
    signedAt: string;
    titleEs: string;
    supersedes: string[];
    programs: string[];
    source: string;
    effectiveFromBasis: string;
  }>;

const supersededIds = new Set(agreementFile.agreements.flatMap((a: RawAgreement) => a.supersedes ?? []));

export const agreementFacts: AgreementFact[] = agreementFile.agreements.map((raw: RawAgreement) => {
  // The 2018 instruments' effective dates are not public (UNKNOWN, status SIGNED). For the older
  // ones no date is stated either; they are recorded as effective on signature, and say so.
  const unknown = raw.effectiveFromBasis === "UNKNOWN";
  return {
    id: raw.id,
    title: raw.title,
    titleEs: raw.titleEs ?? null,
    instrumentType: raw.instrumentType,
    parties: raw.parties,
    signedOn: raw.signedOn,
    signedAt: raw.signedAt ?? null,
    effectiveFrom: unknown ? null : raw.signedOn,
    effectiveFromBasis: unknown ? "UNKNOWN" : "ASSUMED_ON_SIGNATURE",
    expiresOn: null,
    status: supersededIds.has(raw.id) ? "SUPERSEDED" : unknown ? "SIGNED" : "IN_FORCE",
    supersedes: raw.supersedes ?? [],
    programs: raw.programs ?? [],
    sources: raw.source ? [raw.source] : [],
  };
});

export const programFacts: ProgramFact[] = programFile.programs.map(({ code, name, category, agencies }) => ({
  code,
  name,
  category,
  agencies,
}));

// Cargo pre-inspection sites named in programs.json: Laredo (airport), Mesa de Otay, San Jeronimo.
const CPI_PORTS = new Set(["2304", "2506", "2408"]);

type RawPort = (typeof portFile.ports)[number] & Partial<{ trucksPerDay2021: number; ucpSince: string }>;

export const portFacts: PortFact[] = portFile.ports.map((raw: RawPort) => {
  const programs: string[] = [];
  if (raw.ucpSince) programs.push("UCP");
  if (CPI_PORTS.has(raw.code)) programs.push("CPI");
  // FAST lanes serve commercial traffic: every truck port of this list has one.
  if (raw.modes.includes("TRUCK")) programs.push("FAST");
  return {
    code: raw.code,
    name: raw.name,
    usState: raw.usState,
    mxCity: raw.mxCity,
    mxAduanaSeccion: raw.mxAduanaSeccion,
    modes: raw.modes,
    trucksPerDay2021: raw.trucksPerDay2021 ?? null,
    ucpSince: raw.ucpSince ?? null,
    programs,
  };
});

type RawCommodity = (typeof commodityFile.hs6)[number] & Partial<{ agri: boolean; direction: string }>;

export const commodityFacts: CommodityFact[] = commodityFile.hs6.map((raw: RawCommodity) => ({
  code: raw.code,
  description: raw.description,
  agri: raw.agri ?? false,
  usExport: raw.direction === "US export",
}));
