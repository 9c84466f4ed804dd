import { type SubgraphEnv } from "@frontera/config";
import { decodeGlobalId } from "@frontera/federation";
import { parseArgs } from "node:util";
import { type DataSource, In } from "typeorm";
import { withDatabase } from "../access/token-command";
import { Agency } from "../agency/agency.entity";
import { Agreement } from "../agreement/agreement.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { drainDisclosureChain } from "./disclosure-chain";
import { Disclosure } from "./disclosure.entity";
import { arrangementsOfRecord } from "./disclosure-records";
import { recordSetsHolding } from "./record-sets";

const USAGE = `accounting --traveller ID [--from ISO] [--to ISO] [--csv]`;

export interface LegalBasis {
  arrangement: string;
  purpose: string;
  agreement: string;
  agreementTitle: string;
}

/** One disclosure of a person's record, as the person may ask to be told of it. */
export interface AccountingEntry {
  at: string;
  recipient: string;
  recipientName: string;
  legalBasis: LegalBasis[];
  scopes: string[];
  operation: string | null;
}

const byKey = <Row>(rows: Row[], key: (row: Row) => string) => new Map(rows.map((row) => [key(row), row]));

/** Every disclosure of one record in [from, to), oldest first, with its recipient and legal basis. */
export async function accountingOf(
  dataSource: DataSource,
  typeName: string,
  key: string,
  from?: Date,
  to?: Date,
): Promise<AccountingEntry[]> {
  const sets = await recordSetsHolding(dataSource, typeName, key);
  if (sets.length === 0) return [];
  const query = dataSource
    .getRepository(Disclosure)
    .createQueryBuilder("disclosure")
    .where("disclosure.recordSetId IN (:...sets)", { sets })
    .orderBy("disclosure.at", "ASC")
    .addOrderBy("disclosure.id", "ASC");
  if (from) query.andWhere("disclosure.at >= :from", { from });
  if (to) query.andWhere("disclosure.at < :to", { to });
  const disclosures = await query.getMany();
  if (disclosures.length === 0) return [];
  const repository = dataSource.getRepository.bind(dataSource);
  const basisOf = (disclosure: Disclosure) => arrangementsOfRecord(disclosure, typeName);
  const arrangements = byKey(
    await repository(DataSharingArrangement).findBy({
      id: In([...new Set(disclosures.flatMap(basisOf))]),
    }),
    (row) => row.id,
  );
  const agreements = byKey(
    await repository(Agreement).findBy({
      id: In([...new Set([...arrangements.values()].map((row) => row.agreementId))]),
    }),
    (row) => row.id,
  );
  const agencies = byKey(
    await repository(Agency).findBy({ code: In([...new Set(disclosures.map((row) => row.agencyCode))]) }),
    (row) => row.code,
  );
  return disclosures.map((disclosure) => ({
    at: disclosure.at.toISOString(),
    recipient: disclosure.agencyCode,
    recipientName: agencies.get(disclosure.agencyCode)?.name ?? disclosure.agencyCode,
    legalBasis: basisOf(disclosure).map((id) => {
      const arrangement = arrangements.get(id);
      const agreement = arrangement ? agreements.get(arrangement.agreementId) : undefined;
      return {
        arrangement: id,
        purpose: arrangement?.purpose ?? "",
        agreement: arrangement?.agreementId ?? "",
        agreementTitle: agreement?.title ?? "",
      };
    }),
    scopes: disclosure.records?.find((records) => records.typeName === typeName)?.scopes ?? disclosure.scopes,
    operation: disclosure.operationName,
  }));
}

const CSV_HEADER = [
  "at",
  "recipient",
  "recipientName",
  "arrangement",
  "purpose",
  "agreement",
  "agreementTitle",
  "scopes",
  "operation",
];

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One line per disclosure and arrangement: a disclosure under two arrangements is two lines. */
export function accountingCsv(entries: AccountingEntry[]): string {
  const lines = [CSV_HEADER.join(",")];
  for (const entry of entries) {
    for (const basis of entry.legalBasis.length ? entry.legalBasis : [undefined]) {
      const fields = [
        entry.at,
        entry.recipient,
        entry.recipientName,
        basis?.arrangement ?? "",
        basis?.purpose ?? "",
        basis?.agreement ?? "",
        basis?.agreementTitle ?? "",
        entry.scopes.join(" "),
        entry.operation ?? "",
      ];
      lines.push(fields.map(csvField).join(","));
    }
  }
  return lines.join("\n");
}

function parseInstant(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`${option} is not an ISO date or time: ${value}`);
  return instant;
}

/** The accounting of one person's record, against an open agreements database. */
export async function accounting(argv: string[], dataSource: DataSource): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      traveller: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      csv: { type: "boolean" },
    },
  });
  if (!values.traveller) throw new Error(`--traveller is required\n${USAGE}`);
  const from = parseInstant(values.from, "--from");
  const to = parseInstant(values.to, "--to");
  // Rows an older version stored unchained (a rolling upgrade) have no lookups yet: chain them first.
  await drainDisclosureChain(dataSource);
  // The natural key (travellerId) or the global id (Traveller.id), whichever the officer has.
  const decoded = decodeGlobalId(values.traveller);
  const key = decoded?.typeName === "Traveller" ? decoded.key : values.traveller;
  const entries = await accountingOf(dataSource, "Traveller", key, from, to);
  return values.csv ? accountingCsv(entries) : JSON.stringify({ traveller: key, disclosures: entries }, null, 2);
}

export function accountingCommand(argv: string[], env: SubgraphEnv): Promise<string> {
  return withDatabase(env, (dataSource) => accounting(argv, dataSource));
}
