import {
  AgreementStatus,
  EffectiveFromBasis,
  InstrumentType,
  PortMode,
  ProgramCategory,
  codeOf,
} from "@frontera/code-lists";
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
  /** The agency whose functions this one took over. */
  predecessor: string | null;
}

export interface AgreementFact {
  id: string;
  title: string;
  titleEs: string | null;
  instrumentType: InstrumentType;
  parties: string[];
  signedOn: string | null;
  signedAt: string | null;
  effectiveFrom: string | null;
  effectiveFromBasis: EffectiveFromBasis;
  expiresOn: string | null;
  status: AgreementStatus;
  supersedes: string[];
  programs: string[];
  sources: string[];
}

export interface ProgramFact {
  code: string;
  name: string;
  category: ProgramCategory;
  agencies: string[];
}

export interface PortFact {
  code: string;
  name: string;
  usState: string;
  mxCity: string;
  mxAduanaSeccion: string;
  modes: PortMode[];
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

// agencies.json: ANAM is the "successor of SAT's customs administration" (decree of 2021-07-14).
const PREDECESSORS: Record<string, string> = { ANAM: "SAT" };

export const agencyFacts: AgencyFact[] = agencyFile.agencies.map(({ code, name, country, parent }) => ({
  code,
  name,
  country,
  parent,
  predecessor: PREDECESSORS[code] ?? null,
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

const recordedAgreements: AgreementFact[] = agreementFile.agreements.map((raw: RawAgreement) => {
  // The 2018 instruments' effective dates are not public (UNKNOWN, status SIGNED). For the older
  // ones no date is stated either; they are recorded as effective on signature, and say so.
  const unknown = raw.effectiveFromBasis === EffectiveFromBasis.UNKNOWN;
  return {
    id: raw.id,
    title: raw.title,
    titleEs: raw.titleEs ?? null,
    instrumentType: codeOf(InstrumentType, raw.instrumentType, `agreement ${raw.id}: instrumentType`),
    parties: raw.parties,
    signedOn: raw.signedOn,
    signedAt: raw.signedAt ?? null,
    effectiveFrom: unknown ? null : raw.signedOn,
    effectiveFromBasis: unknown ? EffectiveFromBasis.UNKNOWN : EffectiveFromBasis.ASSUMED_ON_SIGNATURE,
    expiresOn: null,
    status: supersededIds.has(raw.id)
      ? AgreementStatus.SUPERSEDED
      : unknown
        ? AgreementStatus.SIGNED
        : AgreementStatus.IN_FORCE,
    supersedes: raw.supersedes ?? [],
    programs: raw.programs ?? [],
    sources: raw.source ? [raw.source] : [],
  };
});

// The legal bases of two default arrangements that agreements.json does not list.
// Only what is public is filled in; the rest is null / UNKNOWN / OTHER, never invented.
const otherLegalBases: AgreementFact[] = [
  {
    id: "2002-homeland-security-act-421",
    title:
      "Homeland Security Act of 2002, section 421: agriculture import and entry inspection moved to DHS (CBP), with APHIS",
    titleEs: null,
    instrumentType: InstrumentType.STATUTE,
    parties: ["APHIS", "CBP"],
    signedOn: "2002-11-25",
    signedAt: "Washington, D.C.",
    effectiveFrom: null,
    effectiveFromBasis: EffectiveFromBasis.UNKNOWN,
    expiresOn: null,
    status: AgreementStatus.IN_FORCE,
    supersedes: [],
    programs: ["NARP"],
    sources: ["Pub. L. 107-296, sec. 421 (6 U.S.C. 231)"],
  },
  {
    id: "trusted-traveller-cooperation",
    title: "Trusted traveller cooperation: Global Entry and Viajero Confiable (joint vetting of Mexican nationals)",
    titleEs: null,
    instrumentType: InstrumentType.OTHER,
    parties: ["CBP", "INM"],
    signedOn: null,
    signedAt: null,
    effectiveFrom: null,
    effectiveFromBasis: EffectiveFromBasis.UNKNOWN,
    expiresOn: null,
    status: AgreementStatus.IN_FORCE,
    supersedes: [],
    programs: ["GLOBAL_ENTRY", "VIAJERO_CONFIABLE"],
    sources: ["programs.json: Mexican nationals eligible for Global Entry from 2010-12-29, vetted by both governments"],
  },
];

export const agreementFacts: AgreementFact[] = [...recordedAgreements, ...otherLegalBases];

export const programFacts: ProgramFact[] = programFile.programs.map(({ code, name, category, agencies }) => ({
  code,
  name,
  category: codeOf(ProgramCategory, category, `program ${code}: category`),
  agencies,
}));

export interface ProgramSiteFact {
  id: string;
  programCode: string;
  portCode: string;
  facility: string | null;
  locatedIn: string;
  startedOn: string | null;
}

// programs.json (CPI): Laredo International Airport (Mexico-bound air cargo, 2015-10), Mesa de
// Otay (NARP produce, 2016-01), San Jeronimo (electronics); pre-inspection runs in the exporting
// country.
const CPI_SITES: ProgramSiteFact[] = [
  {
    id: "cpi-2304-airport",
    programCode: "CPI",
    portCode: "2304",
    facility: "Laredo International Airport",
    locatedIn: "US",
    startedOn: "2015-10",
  },
  {
    id: "cpi-2506-mesa-de-otay",
    programCode: "CPI",
    portCode: "2506",
    facility: "Mesa de Otay",
    locatedIn: "MX",
    startedOn: "2016-01",
  },
  {
    id: "cpi-2408-san-jeronimo",
    programCode: "CPI",
    portCode: "2408",
    facility: "San Jeronimo",
    locatedIn: "MX",
    startedOn: null,
  },
];

const CPI_PORTS = new Set(CPI_SITES.map((site) => site.portCode));

type RawPort = (typeof portFile.ports)[number] & Partial<{ trucksPerDay2021: number; ucpSince: string }>;

export const portFacts: PortFact[] = portFile.ports.map((raw: RawPort) => {
  const programs: string[] = [];
  if (raw.ucpSince) programs.push("UCP");
  if (CPI_PORTS.has(raw.code)) programs.push("CPI");
  // FAST lanes serve commercial traffic: every truck port of this list has one.
  if (raw.modes.includes(PortMode.TRUCK)) programs.push("FAST");
  return {
    code: raw.code,
    name: raw.name,
    usState: raw.usState,
    mxCity: raw.mxCity,
    mxAduanaSeccion: raw.mxAduanaSeccion,
    modes: raw.modes.map((mode) => codeOf(PortMode, mode, `port ${raw.code}: mode`)),
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

// UCP sites: every port with a reported first UCP operation (ports.json, ucpSince), at the US
// port where the joint exam takes place; Nogales at its Mariposa facility, Laredo also by rail
// (from 2017-08).
const UCP_SITES: ProgramSiteFact[] = portFacts.flatMap((port) => {
  if (!port.ucpSince) return [];
  const site = {
    id: `ucp-${port.code}`,
    programCode: "UCP",
    portCode: port.code,
    facility: port.code === "2604" ? "Mariposa" : null,
    locatedIn: "US",
    startedOn: port.ucpSince,
  };
  if (port.code !== "2304") return [site];
  return [site, { ...site, id: "ucp-2304-rail", facility: "rail crossing", startedOn: "2017-08" }];
});

export const programSiteFacts: ProgramSiteFact[] = [...UCP_SITES, ...CPI_SITES];
