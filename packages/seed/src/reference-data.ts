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
import pestFile from "./reference/pests.json";
import portFile from "./reference/ports.json";
import programFile from "./reference/programs.json";
import { type Citation, type SourceFact, sourcesOf } from "./reference-sources";

export { type SourceFact, type Citation, sourceCatalogue, sourcesOf } from "./reference-sources";

// Sourced facts (see reference/README.md): every record cites its sources, which travel with it
// into the agreements database. Demo data is generated around them; nothing here is invented
// except where a comment says how a value is derived.

export interface AgencyFact {
  code: string;
  name: string;
  country: string;
  /** The department or government the agency belongs to, by name; null for a government. */
  parent: string | null;
  /** The same, as an agency code: an instrument the parent signed binds the agency. */
  parentCode: string | null;
  /** The agency whose functions this one took over. */
  predecessor: string | null;
  sources: SourceFact[];
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
  note: string | null;
  sources: SourceFact[];
}

export interface ProgramFact {
  code: string;
  name: string;
  category: ProgramCategory;
  agencies: string[];
  note: string | null;
  sources: SourceFact[];
}

export interface PortFact {
  code: string;
  name: string;
  usState: string;
  mxCity: string;
  mxAduanaSeccion: string;
  modes: PortMode[];
  trucksPerDay2021: number | null;
  /** The earliest reported UCP operation at the port, as precisely as reported. */
  ucpSince: string | null;
  programs: string[];
  /** CBP pre-inspects northbound trucks in Mexico here (CPI at Mesa de Otay, San Jerónimo). */
  northboundTruckPreInspection: boolean;
  /** The hours the cargo facility processes trucks, where a source gives them; null: not recorded. */
  commercialHours: CommercialHours | null;
  note: string | null;
  sources: SourceFact[];
}

export interface ProgramSiteFact {
  id: string;
  programCode: string;
  portCode: string;
  facility: string | null;
  locatedIn: string;
  startedOn: string | null;
  note: string | null;
  sources: SourceFact[];
}

/** Opening and closing time, local "HH:MM" ("24:00" is midnight at the end of the day). */
export type OpenHours = [string, string];

export interface CommercialHours {
  /** The IANA time zone the hours are stated in. */
  timeZone: string;
  weekday: OpenHours;
  saturday: OpenHours | null;
  sunday: OpenHours | null;
}

/** A US national tariff line (HTSUS statistical reporting number) under a six-digit HS code. */
export interface NationalLineFact {
  code: string;
  description: string;
  /** Pairs of "MM-DD" bounds (inclusive) of the days the line applies; null: all year. */
  season: string[] | null;
}

export interface CommodityFact {
  code: string;
  description: string;
  agri: boolean;
  usExport: boolean;
  nationalLines: NationalLineFact[];
  /** A phytosanitary certificate is required for goods of Mexican origin (commodities.json). */
  phytoRequiredFromMexico: boolean;
}

export interface PestFact {
  taxon: string;
  commonName: string;
  /** HS codes of the goods that host the pest: a finding must match one of the shipment's. */
  hostHs6: string[];
}

interface Cited {
  sources: Citation[];
  note?: string | null;
}

type RawAgency = (typeof agencyFile.agencies)[number] & Cited & Partial<{ predecessor: string }>;

export const agencyFacts: AgencyFact[] = agencyFile.agencies.map((raw: RawAgency) => ({
  code: raw.code,
  name: raw.name,
  country: raw.country,
  parent: raw.parent,
  parentCode: raw.parentCode,
  predecessor: raw.predecessor ?? null,
  sources: sourcesOf(`agency ${raw.code}`, raw.sources),
}));

type RawAgreement = (typeof agreementFile.agreements)[number] &
  Cited &
  Partial<{
    signedAt: string;
    titleEs: string;
    supersedes: string[];
    programs: string[];
    effectiveFromBasis: string;
    enteredIntoForce: string;
    status: string;
  }>;

const supersededIds = new Set(agreementFile.agreements.flatMap((a: RawAgreement) => a.supersedes ?? []));

function effectiveDates(raw: RawAgreement): Pick<AgreementFact, "effectiveFrom" | "effectiveFromBasis"> {
  // A published entry into force (TIAS) is STATED; the 2018 instruments' effective dates are not
  // public (UNKNOWN); for the others none is stated and they are recorded as effective on
  // signature, and say so.
  if (raw.enteredIntoForce)
    return { effectiveFrom: raw.enteredIntoForce, effectiveFromBasis: EffectiveFromBasis.STATED };
  if (raw.effectiveFromBasis === EffectiveFromBasis.UNKNOWN) {
    return { effectiveFrom: null, effectiveFromBasis: EffectiveFromBasis.UNKNOWN };
  }
  return { effectiveFrom: raw.signedOn, effectiveFromBasis: EffectiveFromBasis.ASSUMED_ON_SIGNATURE };
}

function statusOf(raw: RawAgreement, effectiveFrom: string | null): AgreementStatus {
  if (supersededIds.has(raw.id)) return AgreementStatus.SUPERSEDED;
  if (raw.status) return codeOf(AgreementStatus, raw.status, `agreement ${raw.id}: status`);
  return effectiveFrom ? AgreementStatus.IN_FORCE : AgreementStatus.SIGNED;
}

export const agreementFacts: AgreementFact[] = agreementFile.agreements.map((raw: RawAgreement) => {
  const dates = effectiveDates(raw);
  return {
    id: raw.id,
    title: raw.title,
    titleEs: raw.titleEs ?? null,
    instrumentType: codeOf(InstrumentType, raw.instrumentType, `agreement ${raw.id}: instrumentType`),
    parties: raw.parties,
    signedOn: raw.signedOn,
    signedAt: raw.signedAt ?? null,
    ...dates,
    expiresOn: null,
    status: statusOf(raw, dates.effectiveFrom),
    supersedes: raw.supersedes ?? [],
    programs: raw.programs ?? [],
    note: raw.note ?? null,
    sources: sourcesOf(`agreement ${raw.id}`, raw.sources),
  };
});

interface RawSite extends Cited {
  id: string;
  portCode?: string;
  facility: string | null;
  locatedIn: string;
  startedOn?: string | null;
  since?: string | null;
}

type RawProgram = (typeof programFile.programs)[number] & Cited & Partial<{ sites: RawSite[] }>;

export const programFacts: ProgramFact[] = programFile.programs.map((raw: RawProgram) => ({
  code: raw.code,
  name: raw.name,
  category: codeOf(ProgramCategory, raw.category, `program ${raw.code}: category`),
  agencies: raw.agencies,
  note: raw.note ?? null,
  sources: sourcesOf(`program ${raw.code}`, raw.sources),
}));

// CPI's sites (programs.json): pre-inspection runs in the exporting country, so the Mesa de Otay
// and San Jerónimo sites are in Mexico (northbound trucks) and Laredo's is at its airport in the
// US (southbound air cargo).
const CPI_SITES: ProgramSiteFact[] = (programFile.programs as RawProgram[])
  .flatMap((program) => (program.sites ?? []).map((site) => ({ program, site })))
  .map(({ program, site }) => ({
    id: site.id,
    programCode: program.code,
    portCode: site.portCode!,
    facility: site.facility,
    locatedIn: site.locatedIn,
    startedOn: site.startedOn ?? null,
    note: site.note ?? null,
    sources: sourcesOf(`program site ${site.id}`, site.sources),
  }));

const PRE_INSPECTION_PORTS = new Set(CPI_SITES.filter((site) => site.locatedIn === "MX").map((site) => site.portCode));
const CPI_PORTS = new Set(CPI_SITES.map((site) => site.portCode));

type RawPort = (typeof portFile.ports)[number] &
  Cited &
  Partial<{ trucksPerDay2021: number | null; ucpSites: RawSite[]; commercialHours: RawHours }>;

interface RawHours {
  timeZone: string;
  weekday: string[];
  saturday?: string[] | null;
  sunday?: string[] | null;
}

const openHours = (hours: string[] | null | undefined): OpenHours | null =>
  hours && hours.length === 2 ? [hours[0], hours[1]] : null;

function commercialHoursOf(raw: RawHours | undefined): CommercialHours | null {
  if (!raw) return null;
  return {
    timeZone: raw.timeZone,
    weekday: openHours(raw.weekday)!,
    saturday: openHours(raw.saturday),
    sunday: openHours(raw.sunday),
  };
}

const rawPorts: RawPort[] = portFile.ports;
const portFileSources = portFile.sources as Citation[];

/** The earliest of the reported start dates (ISO 8601 at any precision sorts as text). */
function earliest(dates: (string | null | undefined)[]): string | null {
  return dates.filter((date): date is string => Boolean(date)).sort()[0] ?? null;
}

export const portFacts: PortFact[] = rawPorts.map((raw) => {
  const ucpSites = raw.ucpSites ?? [];
  const programs: string[] = [];
  if (ucpSites.length) programs.push("UCP");
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
    ucpSince: earliest(ucpSites.map((site) => site.since)),
    programs,
    northboundTruckPreInspection: PRE_INSPECTION_PORTS.has(raw.code),
    commercialHours: commercialHoursOf(raw.commercialHours),
    note: raw.note ?? null,
    sources: sourcesOf(`port ${raw.code}`, portFileSources, raw.sources),
  };
});

// UCP's sites (ports.json, ucpSites): each with its own start and sources.
const UCP_SITES: ProgramSiteFact[] = rawPorts.flatMap((port) =>
  (port.ucpSites ?? []).map((site) => ({
    id: site.id,
    programCode: "UCP",
    portCode: port.code,
    facility: site.facility,
    locatedIn: site.locatedIn,
    startedOn: site.since ?? null,
    note: site.note ?? null,
    sources: sourcesOf(`program site ${site.id}`, site.sources),
  })),
);

export const programSiteFacts: ProgramSiteFact[] = [...UCP_SITES, ...CPI_SITES];

interface RawNationalLine {
  code: string;
  description: string;
  season?: string[];
}

type RawCommodity = (typeof commodityFile.hs6)[number] &
  Partial<{ agri: boolean; direction: string; nationalLines: RawNationalLine[]; phytosanitaryCertificate: string }>;

export const commodityFacts: CommodityFact[] = commodityFile.hs6.map((raw: RawCommodity) => ({
  code: raw.code,
  description: raw.description,
  agri: raw.agri ?? false,
  usExport: raw.direction === "US export",
  nationalLines: ((raw.nationalLines ?? []) as RawNationalLine[]).map((line) => ({
    code: line.code,
    description: line.description,
    season: line.season ?? null,
  })),
  // The record states the requirement only where a source gives one (see docs/demo-data.md).
  phytoRequiredFromMexico: raw.phytosanitaryCertificate !== undefined,
}));

export const pestFacts: PestFact[] = pestFile.pests.map((raw) => ({
  taxon: raw.taxon,
  commonName: raw.commonName,
  hostHs6: raw.hostHs6,
}));

type RawNarp = RawProgram & Partial<{ covered: Array<{ hs6: string; origin: string }> }>;

/** NARP's covered commodities, as "hs6:origin" (programs.json): NARP goes by commodity and origin. */
export const narpCoverage: ReadonlySet<string> = new Set(
  (programFile.programs as RawNarp[])
    .filter((program) => program.code === "NARP")
    .flatMap((program) => program.covered ?? [])
    .map((covered) => `${covered.hs6}:${covered.origin}`),
);
