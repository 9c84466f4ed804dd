import { type SubgraphEnv } from "@frontera/config";
import { parseArgs } from "node:util";
import { type DataSource, In } from "typeorm";
import { withDatabase } from "../access/token-command";
import { Agency } from "../agency/agency.entity";
import { Agreement } from "../agreement/agreement.entity";
import { DataSharingArrangement } from "../arrangement/arrangement.entity";
import { Disclosure } from "./disclosure.entity";
import { DisclosureRecord } from "./disclosure-record.entity";

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

/** Every disclosure of one record in [from, to), oldest first, with its recipient and legal basis. */
export async function accountingOf(
  dataSource: DataSource,
  typeName: string,
  key: string,
  from?: Date,
  to?: Date,
): Promise<AccountingEntry[]> {
  const query = dataSource
    .getRepository(DisclosureRecord)
    .createQueryBuilder("record")
    .where("record.typeName = :typeName AND record.recordKey = :key", { typeName, key })
    .orderBy("record.at", "ASC")
    .addOrderBy("record.id", "ASC");
  if (from) query.andWhere("record.at >= :from", { from });
  if (to) query.andWhere("record.at < :to", { to });
  const records = await query.getMany();
  if (records.length === 0) return [];
  const byId = <Row>(rows: Row[], id: (row: Row) => string) => new Map(rows.map((row) => [id(row), row]));
  const disclosures = byId(
    await dataSource.getRepository(Disclosure).findBy({ id: In(records.map((record) => record.disclosureId)) }),
    (row) => row.id,
  );
  const arrangements = byId(
    await dataSource
      .getRepository(DataSharingArrangement)
      .findBy({ id: In([...new Set(records.flatMap((record) => record.arrangementIds))]) }),
    (row) => row.id,
  );
  const agreements = byId(
    await dataSource
      .getRepository(Agreement)
      .findBy({ id: In([...new Set([...arrangements.values()].map((row) => row.agreementId))]) }),
    (row) => row.id,
  );
  const agencies = byId(
    await dataSource
      .getRepository(Agency)
      .findBy({ code: In([...new Set([...disclosures.values()].map((row) => row.agency))]) }),
    (row) => row.code,
  );
  return records.map((record) => {
    const disclosure = disclosures.get(record.disclosureId)!;
    return {
      at: record.at.toISOString(),
      recipient: disclosure.agency,
      recipientName: agencies.get(disclosure.agency)?.name ?? disclosure.agency,
      legalBasis: record.arrangementIds.map((id) => {
        const arrangement = arrangements.get(id);
        const agreement = arrangement ? agreements.get(arrangement.agreementId) : undefined;
        return {
          arrangement: id,
          purpose: arrangement?.purpose ?? "",
          agreement: arrangement?.agreementId ?? "",
          agreementTitle: agreement?.title ?? "",
        };
      }),
      scopes: record.scopes,
      operation: disclosure.operationName,
    };
  });
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
    const bases = entry.legalBasis.length ? entry.legalBasis : [undefined];
    for (const basis of bases) {
      lines.push(
        [
          entry.at,
          entry.recipient,
          entry.recipientName,
          basis?.arrangement ?? "",
          basis?.purpose ?? "",
          basis?.agreement ?? "",
          basis?.agreementTitle ?? "",
          entry.scopes.join(" "),
          entry.operation ?? "",
        ]
          .map(csvField)
          .join(","),
      );
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
  const entries = await accountingOf(
    dataSource,
    "Traveller",
    values.traveller,
    parseInstant(values.from, "--from"),
    parseInstant(values.to, "--to"),
  );
  return values.csv
    ? accountingCsv(entries)
    : JSON.stringify({ traveller: values.traveller, disclosures: entries }, null, 2);
}

export function accountingCommand(argv: string[], env: SubgraphEnv): Promise<string> {
  return withDatabase(env, (dataSource) => accounting(argv, dataSource));
}
