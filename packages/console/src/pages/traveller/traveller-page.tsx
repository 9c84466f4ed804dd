import { TravellerDetailDocument, type TravellerDetailQuery } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage } from "react-intl";
import { Link, useParams } from "react-router";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { TableSection } from "../../layout/data-table";
import { usePageTitle } from "../../layout/page-title";
import { Loading, PartialAnswer, RequestFailed } from "../../layout/status";
import { useScopes } from "../../session/me";

type Traveller = NonNullable<TravellerDetailQuery["traveller"]>;

/** One traveller: who, their documents (with the MRZ check), memberships and recent crossings. */
export function TravellerPage() {
  const { id = "" } = useParams();
  const answer = useGraphQuery(TravellerDetailDocument, { id });
  const traveller = answer.data?.data?.traveller;
  usePageTitle("nav.traveller", traveller ? `${traveller.givenNames ?? ""} ${traveller.familyName ?? ""}` : undefined);
  const scopes = useScopes();
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <RequestFailed error={answer.error} />;
  if (!traveller)
    return (
      <p role="alert" className="error">
        <FormattedMessage id="traveller.notFound" />
      </p>
    );
  return (
    <article aria-labelledby="traveller-name">
      <p>
        <Link to="/traveller">
          <FormattedMessage id="traveller.backToSearch" />
        </Link>
      </p>
      <h1 id="traveller-name">
        {traveller.givenNames} {traveller.familyName}
      </h1>
      <PartialAnswer errors={answer.data.errors} />
      {scopes.includes("AUDIT_READ") && (
        <p>
          <Link to={`/disclosures/traveller/${encodeURIComponent(traveller.id)}`}>
            <FormattedMessage id="accounting.travellerLink" />
          </Link>
        </p>
      )}
      <Profile traveller={traveller} />
      <Documents traveller={traveller} />
      <Memberships traveller={traveller} />
      <Crossings traveller={traveller} />
    </article>
  );
}

function Profile({ traveller }: { traveller: Traveller }) {
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">
        <FormattedMessage id="traveller.profile" />
      </h2>
      <dl className="pairs">
        <dt>
          <FormattedMessage id="traveller.id" />
        </dt>
        <dd>
          <code>{traveller.travellerId}</code>
        </dd>
        <dt>
          <FormattedMessage id="traveller.dateOfBirth" />
        </dt>
        <dd>{traveller.dateOfBirth ? format.day(traveller.dateOfBirth) : "—"}</dd>
        <dt>
          <FormattedMessage id="traveller.sex" />
        </dt>
        <dd>{traveller.sex ? <FormattedMessage id={`sex.${traveller.sex}`} /> : "—"}</dd>
        <dt>
          <FormattedMessage id="traveller.citizenships" />
        </dt>
        <dd>{traveller.citizenships?.join(", ") ?? "—"}</dd>
      </dl>
    </section>
  );
}

function Documents({ traveller }: { traveller: Traveller }) {
  const format = useFormat();
  return (
    <TableSection
      id="documents-title"
      title="traveller.documents"
      rows={traveller.documents}
      empty="traveller.noDocuments"
      rowKey={(document) => document.documentId}
      columns={[
        {
          header: "traveller.documentType",
          cell: (document) => <FormattedMessage id={`documentType.${document.type}`} />,
        },
        { header: "traveller.documentNumber", cell: (document) => <code>{document.number}</code> },
        { header: "traveller.issuingCountry", cell: (document) => document.issuingCountry },
        { header: "traveller.expiresOn", cell: (document) => format.day(document.expiresOn) },
        { header: "traveller.mrz", cell: (document) => <MrzCheck valid={document.mrzValid ?? null} /> },
      ]}
    />
  );
}

/** The ICAO 9303 check digits' verdict, in words as well as a mark. */
function MrzCheck({ valid }: { valid: boolean | null }) {
  if (valid === null)
    return (
      <span className="hint">
        <FormattedMessage id="traveller.mrzNone" />
      </span>
    );
  return (
    <span className={valid ? "ok" : "bad"}>
      <span aria-hidden="true">{valid ? "✓ " : "✗ "}</span>
      <FormattedMessage id={valid ? "traveller.mrzValid" : "traveller.mrzInvalid"} />
    </span>
  );
}

function Memberships({ traveller }: { traveller: Traveller }) {
  const format = useFormat();
  return (
    <TableSection
      id="memberships-title"
      title="traveller.memberships"
      rows={traveller.memberships}
      empty="traveller.noMemberships"
      rowKey={(membership) => membership.membershipId}
      columns={[
        {
          header: "traveller.program",
          cell: (membership) => membership.program?.name ?? membership.program?.code ?? "—",
        },
        { header: "traveller.passId", cell: (membership) => <code>{membership.passId}</code> },
        {
          header: "traveller.status",
          cell: (membership) => <FormattedMessage id={`membershipStatus.${membership.status}`} />,
        },
        { header: "traveller.validUntilColumn", cell: (membership) => format.day(membership.validUntil) },
      ]}
    />
  );
}

type Crossing = NonNullable<Traveller["crossings"]>["edges"][number]["node"];

/** The trip a crossing was a truck's, with links to its shipments. */
function CrossingTrip({ trip }: { trip: Crossing["trip"] }) {
  if (!trip) return "—";
  return (
    <>
      {trip.tripNumber}
      {(trip.shipments ?? []).map((shipment) => (
        <span key={shipment.shipmentControlNumber}>
          {" · "}
          <Link to={`/shipment/${encodeURIComponent(shipment.shipmentControlNumber)}`}>
            {shipment.shipmentControlNumber}
          </Link>
        </span>
      ))}
    </>
  );
}

function Crossings({ traveller }: { traveller: Traveller }) {
  const format = useFormat();
  return (
    <TableSection
      id="crossings-title"
      title="traveller.crossings"
      rows={traveller.crossings?.edges.map((edge) => edge.node)}
      empty="traveller.noCrossings"
      rowKey={(crossing) => crossing.crossingId}
      columns={[
        { header: "traveller.crossedAt", cell: (crossing) => format.dateTime(crossing.at) },
        {
          header: "shipment.port",
          cell: (crossing) => (crossing.port ? `${crossing.port.code} ${crossing.port.name ?? ""}` : "—"),
        },
        {
          header: "traveller.direction",
          cell: (crossing) => <FormattedMessage id={`direction.${crossing.direction}`} />,
        },
        { header: "traveller.mode", cell: (crossing) => <FormattedMessage id={`crossingMode.${crossing.mode}`} /> },
        { header: "shipment.lane", cell: (crossing) => <FormattedMessage id={`lane.${crossing.lane}`} /> },
        { header: "shipment.trip", cell: (crossing) => <CrossingTrip trip={crossing.trip} /> },
      ]}
    />
  );
}
