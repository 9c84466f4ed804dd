import { ShipmentLookupDocument, type ShipmentLookupQuery } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { useAgreementTitle } from "../../layout/agreement-title";
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
        <dd>{port ? `${port.code} ${port.name ?? ""}` : "—"}</dd>
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
        <p className="hint">
          <FormattedMessage id="shipment.driverHidden" />
        </p>
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
            <p className="hint">
              <FormattedMessage id={driver.memberships ? "traveller.noMemberships" : "status.forbiddenShort"} />
            </p>
          )}
        </>
      )}
    </section>
  );
}

function GoodsTable({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  const intl = useIntl();
  return (
    <section aria-labelledby="goods-title">
      <h3 id="goods-title">
        <FormattedMessage id="shipment.goods" />
      </h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{intl.formatMessage({ id: "shipment.hsCode" })}</th>
              <th scope="col">{intl.formatMessage({ id: "shipment.description" })}</th>
              <th scope="col">{intl.formatMessage({ id: "shipment.origin" })}</th>
              <th scope="col" className="number">
                {intl.formatMessage({ id: "shipment.quantity" })}
              </th>
              <th scope="col" className="number">
                {intl.formatMessage({ id: "shipment.grossMass" })}
              </th>
            </tr>
          </thead>
          <tbody>
            {shipment.goodsItems.map((item) => (
              <tr key={item.sequence}>
                <td>{item.sequence}</td>
                <td>{item.hsCode}</td>
                <td>{item.description}</td>
                <td>{item.originCountry}</td>
                <td className="number">
                  {format.number(item.quantity)} {item.packagingUnit}
                </td>
                <td className="number">{format.number(item.grossMassKg)} kg</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function InspectionsTable({ shipment }: { shipment: Shipment }) {
  const format = useFormat();
  const intl = useIntl();
  const inspections = shipment.inspections;
  return (
    <section aria-labelledby="inspections-title">
      <h3 id="inspections-title">
        <FormattedMessage id="shipment.inspections" />
      </h3>
      {!inspections ? (
        <p className="hint">
          <FormattedMessage id="status.forbiddenShort" />
        </p>
      ) : inspections.length === 0 ? (
        <p className="hint">
          <FormattedMessage id="shipment.noInspections" />
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: "shipment.inspectionKind" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.result" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.started" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.ended" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.agencies" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.pests" })}</th>
              </tr>
            </thead>
            <tbody>
              {inspections.map((inspection) => (
                <tr key={inspection.inspectionId}>
                  <td>
                    <FormattedMessage id={`inspectionKind.${inspection.kind}`} />
                  </td>
                  <td>
                    <FormattedMessage id={`inspectionResult.${inspection.result}`} />
                  </td>
                  <td>{format.dateTime(inspection.startedAt)}</td>
                  <td>{inspection.endedAt ? format.dateTime(inspection.endedAt) : "—"}</td>
                  <td>
                    {inspection.agencies
                      .map((agency) => (agency ? (agency.name ? `${agency.code} (${agency.name})` : agency.code) : "?"))
                      .join(", ")}
                  </td>
                  <td>
                    {inspection.pestFindings === null || inspection.pestFindings === undefined
                      ? "—"
                      : inspection.pestFindings.length === 0
                        ? intl.formatMessage({ id: "shipment.noPests" })
                        : inspection.pestFindings
                            .map(
                              (finding) =>
                                `${finding.taxon}${finding.commonName ? ` (${finding.commonName})` : ""}: ${intl.formatMessage({ id: `pestAction.${finding.action}` })}`,
                            )
                            .join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
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
        <p className="hint">
          <FormattedMessage id="shipment.noPrograms" />
        </p>
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
