import {
  ArrangementListDocument,
  DisclosureLogDocument,
  type DisclosureFilter,
  type Scope,
} from "@frontera/operations/src/generated/graphql";
import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate, useSearchParams } from "react-router";
import { useGraphPages, useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { DataTable, MoreButton } from "../../layout/data-table";
import { LookupForm } from "../../layout/lookup-form";
import { usePageTitle } from "../../layout/page-title";
import { Loading, RequestFailed } from "../../layout/status";
import { dayRange } from "../port/window";
import { scopeLabel } from "./scope-label";

// The scopes a disclosure can carry: what arrangements may grant.
const SHAREABLE_SCOPES: Scope[] = [
  "REFERENCE_READ",
  "CARGO_MANIFEST_READ",
  "CARGO_COMMERCIAL_READ",
  "CARGO_CONVEYANCE_READ",
  "INSPECTION_READ",
  "INSPECTION_JOINT_READ",
  "INSPECTION_AGRI_READ",
  "TRAVELLER_IDENTITY_READ",
  "TRAVELLER_DOCUMENT_READ",
  "TRAVELLER_MEMBERSHIP_READ",
];

const FILTER_KEYS = ["agency", "arrangement", "scope", "from", "to"] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

/** The filters as the graph takes them; days are whole UTC days, both ends included. */
function disclosureFilter(filters: Filters): DisclosureFilter {
  return {
    ...(filters.agency ? { agencyCode: filters.agency } : {}),
    ...(filters.arrangement ? { arrangementId: filters.arrangement } : {}),
    ...(filters.scope ? { scope: filters.scope as Scope } : {}),
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { from: dayRange(filters.from).from } : {}),
            ...(filters.to ? { to: dayRange(filters.to).to } : {}),
          },
        }
      : {}),
  };
}

/** The disclosure log with its filters, and the way to one record's accounting. */
export function DisclosuresPage() {
  usePageTitle("nav.disclosures");
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, search.get(key) ?? ""])) as Filters;
  return (
    <>
      <h1>
        <FormattedMessage id="disclosures.title" />
      </h1>
      <section aria-labelledby="accounting-title" className="card">
        <h2 id="accounting-title">
          <FormattedMessage id="accounting.title" />
        </h2>
        <LookupForm
          label="shipment.number"
          button="accounting.show"
          initial=""
          onSubmit={(value) => navigate(`/disclosures/shipment/${encodeURIComponent(value.toUpperCase())}`)}
        />
        <p className="hint">
          <FormattedMessage id="accounting.travellerHint" />
        </p>
      </section>
      <FilterForm key={search.toString()} filters={filters} />
      <DisclosureTable filter={disclosureFilter(filters)} />
    </>
  );
}

function FilterForm({ filters }: { filters: Filters }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const arrangements = useGraphQuery(ArrangementListDocument, {}).data?.data?.arrangements ?? [];
  const recipients = [...new Set(arrangements.map((arrangement) => arrangement.recipient.code))].sort();
  const [chosen, setChosen] = useState(filters);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setChosen({ ...chosen, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value));
    navigate(`/disclosures?${query}`);
  };
  return (
    <form className="toolbar filters" onSubmit={submit} aria-label={intl.formatMessage({ id: "disclosures.filters" })}>
      <label>
        <FormattedMessage id="disclosures.agency" />
        <select value={chosen.agency} onChange={set("agency")}>
          <option value="">{intl.formatMessage({ id: "disclosures.any" })}</option>
          {recipients.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label>
        <FormattedMessage id="disclosures.arrangement" />
        <select value={chosen.arrangement} onChange={set("arrangement")}>
          <option value="">{intl.formatMessage({ id: "disclosures.any" })}</option>
          {arrangements.map((arrangement) => (
            <option key={arrangement.arrangementId} value={arrangement.arrangementId}>
              {arrangement.arrangementId}
            </option>
          ))}
        </select>
      </label>
      <label>
        <FormattedMessage id="disclosures.scope" />
        <select value={chosen.scope} onChange={set("scope")}>
          <option value="">{intl.formatMessage({ id: "disclosures.any" })}</option>
          {SHAREABLE_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {scopeLabel(scope)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <FormattedMessage id="port.from" />
        <input type="date" value={chosen.from} onChange={set("from")} />
      </label>
      <label>
        <FormattedMessage id="port.to" />
        <input type="date" value={chosen.to} onChange={set("to")} />
      </label>
      <button type="submit" className="primary">
        <FormattedMessage id="disclosures.apply" />
      </button>
    </form>
  );
}

function DisclosureTable({ filter }: { filter: DisclosureFilter }) {
  const format = useFormat();
  const pages = useGraphPages(DisclosureLogDocument, { filter, first: 25 }, ({ disclosures }) =>
    disclosures?.pageInfo.hasNextPage ? disclosures.pageInfo.endCursor : null,
  );
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <RequestFailed error={pages.error} />;
  const log = pages.data.pages[0].data?.disclosures;
  if (!log)
    return (
      <p role="status" className="notice">
        <FormattedMessage id="status.forbidden" />
      </p>
    );
  const rows = pages.data.pages.flatMap((page) => page.data?.disclosures?.edges ?? []).map((edge) => edge.node);
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">
        <FormattedMessage id="disclosures.count" values={{ count: log.totalCount }} />
      </h2>
      {rows.length > 0 && (
        <DataTable
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: "disclosures.at", cell: (row) => format.dateTime(row.at) },
            {
              header: "disclosures.agency",
              cell: (row) => <abbr title={row.agency?.name ?? undefined}>{row.agencyCode}</abbr>,
            },
            { header: "disclosures.subject", cell: (row) => <code>{row.subject}</code> },
            {
              header: "disclosures.operation",
              cell: (row) => (
                <>
                  {row.operationName ?? "—"}
                  {row.documentId && (
                    <span className="hint">
                      {" "}
                      <FormattedMessage id="disclosures.registered" />
                    </span>
                  )}
                </>
              ),
            },
            { header: "disclosures.scopes", cell: (row) => row.scopes.map(scopeLabel).join(", ") },
            {
              header: "disclosures.records",
              cell: (row) =>
                row.entityCounts.map((entity) => `${entity.typeName} ${format.number(entity.count)}`).join(", ") || "—",
            },
          ]}
        />
      )}
      <MoreButton pages={pages} />
    </section>
  );
}
