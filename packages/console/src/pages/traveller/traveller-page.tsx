import { TravellerDetailDocument, type TravellerDetailQuery } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useParams } from "react-router";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
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
  const intl = useIntl();
  const format = useFormat();
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">
        <FormattedMessage id="traveller.documents" />
      </h2>
      {!traveller.documents ? (
        <p className="hint">
          <FormattedMessage id="status.forbiddenShort" />
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: "traveller.documentType" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.documentNumber" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.issuingCountry" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.expiresOn" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.mrz" })}</th>
              </tr>
            </thead>
            <tbody>
              {traveller.documents.map((document) => (
                <tr key={document.documentId}>
                  <td>
                    <FormattedMessage id={`documentType.${document.type}`} />
                  </td>
                  <td>
                    <code>{document.number}</code>
                  </td>
                  <td>{document.issuingCountry}</td>
                  <td>{format.day(document.expiresOn)}</td>
                  <td>
                    <MrzCheck valid={document.mrzValid ?? null} />
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
  const intl = useIntl();
  const format = useFormat();
  return (
    <section aria-labelledby="memberships-title">
      <h2 id="memberships-title">
        <FormattedMessage id="traveller.memberships" />
      </h2>
      {!traveller.memberships ? (
        <p className="hint">
          <FormattedMessage id="status.forbiddenShort" />
        </p>
      ) : traveller.memberships.length === 0 ? (
        <p className="hint">
          <FormattedMessage id="traveller.noMemberships" />
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: "traveller.program" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.passId" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.status" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.validUntilColumn" })}</th>
              </tr>
            </thead>
            <tbody>
              {traveller.memberships.map((membership) => (
                <tr key={membership.membershipId}>
                  <td>{membership.program?.name ?? membership.program?.code ?? "—"}</td>
                  <td>
                    <code>{membership.passId}</code>
                  </td>
                  <td>
                    <FormattedMessage id={`membershipStatus.${membership.status}`} />
                  </td>
                  <td>{format.day(membership.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Crossings({ traveller }: { traveller: Traveller }) {
  const intl = useIntl();
  const format = useFormat();
  const crossings = traveller.crossings?.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="crossings-title">
      <h2 id="crossings-title">
        <FormattedMessage id="traveller.crossings" />
      </h2>
      {!crossings ? (
        <p className="hint">
          <FormattedMessage id="status.forbiddenShort" />
        </p>
      ) : crossings.length === 0 ? (
        <p className="hint">
          <FormattedMessage id="traveller.noCrossings" />
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: "traveller.crossedAt" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.port" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.direction" })}</th>
                <th scope="col">{intl.formatMessage({ id: "traveller.mode" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.lane" })}</th>
                <th scope="col">{intl.formatMessage({ id: "shipment.trip" })}</th>
              </tr>
            </thead>
            <tbody>
              {crossings.map((crossing) => (
                <tr key={crossing.crossingId}>
                  <td>{format.dateTime(crossing.at)}</td>
                  <td>{crossing.port ? `${crossing.port.code} ${crossing.port.name ?? ""}` : "—"}</td>
                  <td>
                    <FormattedMessage id={`direction.${crossing.direction}`} />
                  </td>
                  <td>
                    <FormattedMessage id={`crossingMode.${crossing.mode}`} />
                  </td>
                  <td>
                    <FormattedMessage id={`lane.${crossing.lane}`} />
                  </td>
                  <td>
                    {crossing.trip ? (
                      <>
                        {crossing.trip.tripNumber}
                        {(crossing.trip.shipments ?? []).map((shipment) => (
                          <span key={shipment.shipmentControlNumber}>
                            {" · "}
                            <Link to={`/shipment/${encodeURIComponent(shipment.shipmentControlNumber)}`}>
                              {shipment.shipmentControlNumber}
                            </Link>
                          </span>
                        ))}
                      </>
                    ) : (
                      "—"
                    )}
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
