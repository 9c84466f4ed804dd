import {
  ShipmentAccountingDocument,
  type ShipmentAccountingQuery,
  TravellerAccountingDocument,
} from "@frontera/operations/src/generated/graphql";
import { type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Link, useParams } from "react-router";
import { useGraphPages } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { useAgreementTitle } from "../../layout/agreement-title";
import { DataTable, MoreButton } from "../../layout/data-table";
import { usePageTitle } from "../../layout/page-title";
import { Loading, RequestFailed } from "../../layout/status";
import { scopeLabel } from "./scope-label";

/** What the accounting shows of its pages' loading, whichever record they are of. */
interface PagedState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): unknown;
}

type RecordDisclosures = NonNullable<NonNullable<ShipmentAccountingQuery["shipment"]>["disclosures"]>;

/** Who received this shipment's data: each disclosure, its recipient, scopes and legal basis. */
export function ShipmentAccountingPage() {
  const { shipmentControlNumber = "" } = useParams();
  usePageTitle("accounting.title", shipmentControlNumber);
  const pages = useGraphPages(ShipmentAccountingDocument, { shipmentControlNumber, first: 50 }, ({ shipment }) =>
    shipment?.disclosures?.pageInfo.hasNextPage ? shipment.disclosures.pageInfo.endCursor : null,
  );
  const record = pages.data?.pages[0].data?.shipment;
  return (
    <Accounting
      heading={<FormattedMessage id="accounting.shipmentTitle" values={{ number: shipmentControlNumber }} />}
      back={`/shipment/${encodeURIComponent(shipmentControlNumber)}`}
      pages={pages}
      found={record !== null}
      connections={pages.data?.pages.map((page) => page.data?.shipment?.disclosures) ?? []}
    />
  );
}

/** Who received this traveller's data. */
export function TravellerAccountingPage() {
  const { id = "" } = useParams();
  const pages = useGraphPages(TravellerAccountingDocument, { id, first: 50 }, ({ traveller }) =>
    traveller?.disclosures?.pageInfo.hasNextPage ? traveller.disclosures.pageInfo.endCursor : null,
  );
  const record = pages.data?.pages[0].data?.traveller;
  const name = record ? `${record.givenNames ?? ""} ${record.familyName ?? ""}`.trim() || record.travellerId : "";
  usePageTitle("accounting.title", name || undefined);
  return (
    <Accounting
      heading={<FormattedMessage id="accounting.travellerTitle" values={{ name }} />}
      back={`/traveller/${encodeURIComponent(id)}`}
      pages={pages}
      found={record !== null}
      connections={pages.data?.pages.map((page) => page.data?.traveller?.disclosures) ?? []}
    />
  );
}

function Accounting({
  heading,
  back,
  pages,
  found,
  connections,
}: {
  heading: ReactNode;
  back: string;
  pages: PagedState;
  found: boolean;
  connections: Array<RecordDisclosures | null | undefined>;
}) {
  const format = useFormat();
  const agreementTitle = useAgreementTitle();
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <RequestFailed error={pages.error} />;
  if (!found)
    return (
      <p role="alert" className="error">
        <FormattedMessage id="accounting.notFound" />
      </p>
    );
  const first = connections[0];
  const rows = connections.flatMap((connection) => connection?.edges ?? []).map((edge) => edge.node);
  return (
    <>
      <p>
        <Link to="/disclosures">
          <FormattedMessage id="accounting.backToLog" />
        </Link>{" "}
        ·{" "}
        <Link to={back}>
          <FormattedMessage id="accounting.backToRecord" />
        </Link>
      </p>
      <h1>{heading}</h1>
      {!first ? (
        <p role="status" className="notice">
          <FormattedMessage id="status.forbidden" />
        </p>
      ) : (
        <>
          <p role="status">
            <FormattedMessage id="accounting.count" values={{ count: first.totalCount }} />
          </p>
          {rows.length > 0 && (
            <DataTable
              rows={rows}
              rowKey={(_row, index) => index}
              columns={[
                { header: "disclosures.at", cell: (row) => format.dateTime(row.at) },
                {
                  header: "accounting.recipient",
                  cell: (row) =>
                    row.agency ? `${row.agency.code}${row.agency.name ? ` (${row.agency.name})` : ""}` : "—",
                },
                { header: "disclosures.operation", cell: (row) => row.operationName ?? "—" },
                { header: "accounting.what", cell: (row) => row.scopes?.map(scopeLabel).join(", ") ?? "—" },
                {
                  header: "accounting.basis",
                  cell: (row) =>
                    row.arrangement ? (
                      <>
                        <strong>{row.arrangement.arrangementId}</strong>: {row.arrangement.purpose}
                        <span className="hint"> — {agreementTitle(row.arrangement.agreement)}</span>
                      </>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
          )}
          <MoreButton pages={pages} />
        </>
      )}
    </>
  );
}
