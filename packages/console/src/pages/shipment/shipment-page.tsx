import { ShipmentLookupDocument, type ShipmentLookupQuery } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage, type IntlShape, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { useAgreementTitle } from "../../layout/agreement-title";
import { DataTable, Hint, TableSection } from "../../layout/data-table";
import { LookupForm } from "../../layout/lookup-form";
import { usePageTitle } from "../../layout/page-title";
import { Loading, PartialAnswer, RequestFailed } from "../../layout/status";
import { useScopes } from "../../session/me";

type Shipment = NonNullable<ShipmentLookupQuery["shipment"]>;

/** Find a shipment by its control number and read its dossier. */
export function ShipmentPage() {
  const { shipmentControlNumber } = useParams();
  const navigate = useNavigate();
  usePageTitle("nav.shipment", shipmentControlNumber);
  return (
    <>
      <h1>
        <FormattedMessage id="shipment.title" />
      </h1>
      <LookupForm
        key={shipmentControlNumber}
        label="shipment.number"
        button="shipment.find"
        hint="shipment.numberHint"
        initial={shipmentControlNumber ?? ""}
        onSubmit={(value) => navigate(`/shipment/${encodeURIComponent(value.toUpperCase())}`)}
      />
      {shipmentControlNumber && <Dossier shipmentControlNumber={shipmentControlNumber} />}
    </>
  );
}

function Dossier({ shipmentControlNumber }: { shipmentControlNumber: string }) {
  const answer = useGraphQuery(ShipmentLookupDocument, { shipmentControlNumber });
  const scopes = useScopes();
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <RequestFailed error={answer.error} />;
  const shipment = answer.data.data?.shipment;
  if (!shipment)
    return (
      <p role="alert" className="error">
        <FormattedMessage id="shipment.notFound" values={{ number: shipmentControlNumber }} />
      </p>
    );
  return (
    <article className="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">
        {shipment.shipmentControlNumber} {shipment.status && <StatusBadge status={shipment.status} />}
      </h2>
      <PartialAnswer errors={answer.data.errors} />
      {scopes.includes("AUDIT_READ") && (
        <p>
          <Link to={`/disclosures/shipment/${encodeURIComponent(shipment.shipmentControlNumber)}`}>
            <FormattedMessage id="accounting.shipmentLink" />
          </Link>
        </p>
      )}
      <div className="cards">
        <TripCard shipment={shipment} />
        <DriverCard shipment={shipment} />
      </div>
      <GoodsTable shipment={shipment} />
      <InspectionsTable shipment={shipment} />
      <ProgramsList shipment={shipment} />
    </article>
  );
}

function StatusBadge({ status }: { status: NonNullable<Shipment["status"]> }) {
  return (
    <span className={`badge status-${status.toLowerCase()}`}>
      <FormattedMessage id={`shipmentStatus.${status}`} />
    </span>
  );
}

function TripCard({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  const { trip, port } = shipment;
  return (
    <section className="card" aria-labelledby="trip-title">
      <h3 id="trip-title">
        <FormattedMessage id="shipment.trip" />
      </h3>
      <dl className="pairs">
        <dt>
          <FormattedMessage id="shipment.tripNumber" />
        </dt>
        <dd>{trip.tripNumber}</dd>
        <dt>
          <FormattedMessage id="shipment.lane" />
        </dt>
        <dd>{trip.lane ? <FormattedMessage id={`lane.${trip.lane}`} /> : "—"}</dd>
        <dt>
          <FormattedMessage id="shipment.port" />
        </dt>
        <dd>
          {port ? `${port.code} ${port.name ?? ""}` : "—"}
          {port?.mxAduanaSeccion && (
            <span className="hint">
              {" "}
              <FormattedMessage id="shipment.aduana" values={{ section: port.mxAduanaSeccion }} />
            </span>
          )}
        </dd>
        <dt>
          <FormattedMessage id="shipment.type" />
        </dt>
        <dd>
          <FormattedMessage id={`shipmentType.${shipment.type}`} />
        </dd>
        <dt>
          <FormattedMessage id="shipment.estimatedArrival" />
        </dt>
        <dd>{trip.estimatedArrival ? format.dateTime(trip.estimatedArrival) : "—"}</dd>
        <dt>
          <FormattedMessage id="shipment.crossedAt" />
        </dt>
        <dd>{trip.crossedAt ? format.dateTime(trip.crossedAt) : <FormattedMessage id="shipment.notCrossed" />}</dd>
        <dt>
          <FormattedMessage id="shipment.carrier" />
        </dt>
        <dd>{trip.carrier ? `${trip.carrier.name}${trip.carrier.scac ? ` (${trip.carrier.scac})` : ""}` : "—"}</dd>
        <dt>
          <FormattedMessage id="shipment.shipper" />
        </dt>
        <dd>{shipment.shipper ? `${shipment.shipper.name} (${shipment.shipper.country})` : "—"}</dd>
        <dt>
          <FormattedMessage id="shipment.consignee" />
        </dt>
        <dd>{shipment.consignee ? `${shipment.consignee.name} (${shipment.consignee.country})` : "—"}</dd>
      </dl>
    </section>
  );
}

function DriverCard({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  const scopes = useScopes();
  const driver = shipment.trip.driver;
  return (
    <section className="card" aria-labelledby="driver-title">
      <h3 id="driver-title">
        <FormattedMessage id="shipment.driver" />
      </h3>
      {!driver || driver.familyName === null ? (
        <Hint id="shipment.driverHidden" />
      ) : (
        <>
          <p className="driver-name">
            {scopes.includes("TRAVELLER_IDENTITY_READ") ? (
              <Link to={`/traveller/${encodeURIComponent(driver.id)}`}>
                {driver.givenNames} {driver.familyName}
              </Link>
            ) : (
              `${driver.givenNames} ${driver.familyName}`
            )}
          </p>
          <h4>
            <FormattedMessage id="traveller.memberships" />
          </h4>
          {driver.memberships?.length ? (
            <ul className="plain">
              {driver.memberships.map((membership, index) => (
                <li key={index}>
                  {membership.program?.name ?? membership.program?.code} —{" "}
                  <FormattedMessage id={`membershipStatus.${membership.status}`} />,{" "}
                  <FormattedMessage id="traveller.validUntil" values={{ day: format.day(membership.validUntil) }} />
                </li>
              ))}
            </ul>
          ) : (
            <Hint id={driver.memberships ? "traveller.noMemberships" : "status.forbiddenShort"} />
          )}
        </>
      )}
    </section>
  );
}

function GoodsTable({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  return (
    <section aria-labelledby="goods-title">
      <h3 id="goods-title">
        <FormattedMessage id="shipment.goods" />
      </h3>
      <DataTable
        rows={shipment.goodsItems}
        rowKey={(item) => item.sequence}
        columns={[
          { header: "shipment.sequence", cell: (item) => item.sequence },
          { header: "shipment.hsCode", cell: (item) => item.hsCode },
          { header: "shipment.description", cell: (item) => item.description },
          { header: "shipment.origin", cell: (item) => item.originCountry },
          {
            header: "shipment.quantity",
            numeric: true,
            cell: (item) => `${format.number(item.quantity)} ${item.packagingUnit}`,
          },
          { header: "shipment.grossMass", numeric: true, cell: (item) => `${format.number(item.grossMassKg)} kg` },
        ]}
      />
    </section>
  );
}

type Inspection = NonNullable<Shipment["inspections"]>[number];

function pestFindings(inspection: Inspection, intl: IntlShape): string {
  if (!inspection.pestFindings) return "—";
  if (inspection.pestFindings.length === 0) return intl.formatMessage({ id: "shipment.noPests" });
  return inspection.pestFindings
    .map((finding) => {
      const name = finding.commonName ? `${finding.taxon} (${finding.commonName})` : finding.taxon;
      return `${name}: ${intl.formatMessage({ id: `pestAction.${finding.action}` })}`;
    })
    .join("; ");
}

function InspectionsTable({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  const intl = useIntl();
  return (
    <TableSection
      id="inspections-title"
      title="shipment.inspections"
      level={3}
      rows={shipment.inspections}
      empty="shipment.noInspections"
      rowKey={(inspection) => inspection.inspectionId}
      columns={[
        {
          header: "shipment.inspectionKind",
          cell: (inspection) => <FormattedMessage id={`inspectionKind.${inspection.kind}`} />,
        },
        {
          header: "shipment.result",
          cell: (inspection) => <FormattedMessage id={`inspectionResult.${inspection.result}`} />,
        },
        { header: "shipment.started", cell: (inspection) => format.dateTime(inspection.startedAt) },
        {
          header: "shipment.ended",
          cell: (inspection) => (inspection.endedAt ? format.dateTime(inspection.endedAt) : "—"),
        },
        {
          header: "shipment.agencies",
          cell: (inspection) =>
            inspection.agencies
              .map((agency) => (agency ? (agency.name ? `${agency.code} (${agency.name})` : agency.code) : "?"))
              .join(", "),
        },
        { header: "shipment.pests", cell: (inspection) => pestFindings(inspection, intl) },
      ]}
    />
  );
}

function ProgramsList({ shipment }: { shipment: Shipment }) {
  const agreementTitle = useAgreementTitle();
  return (
    <section aria-labelledby="programs-title">
      <h3 id="programs-title">
        <FormattedMessage id="shipment.programs" />
      </h3>
      {shipment.programs.length === 0 ? (
        <Hint id="shipment.noPrograms" />
      ) : (
        <ul className="plain programs">
          {shipment.programs.map((program, index) =>
            program ? (
              <li key={program.code}>
                <strong>{program.code}</strong> {program.name}
                {program.legalBasis && program.legalBasis.length > 0 && (
                  <span className="hint">
                    {" "}
                    <FormattedMessage
                      id="shipment.legalBasis"
                      values={{ agreements: program.legalBasis.map(agreementTitle).join("; ") }}
                    />
                  </span>
                )}
              </li>
            ) : (
              <li key={index}>?</li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
