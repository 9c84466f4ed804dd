import { ArrangementListDocument, type ArrangementListQuery } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage } from "react-intl";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { useAgreementTitle } from "../../layout/agreement-title";
import { DataTable } from "../../layout/data-table";
import { usePageTitle } from "../../layout/page-title";
import { Loading, PartialAnswer, RequestFailed } from "../../layout/status";
import { useScopes } from "../../session/me";
import { scopeLabel } from "../disclosures/scope-label";
import { ArrangementActionForm } from "./arrangement-action-form";

export type Arrangement = NonNullable<ArrangementListQuery["arrangements"]>[number];

/** Every data-sharing arrangement, its terms and history; suspend and resume with agreements:write. */
export function ArrangementsPage() {
  usePageTitle("nav.arrangements");
  const answer = useGraphQuery(ArrangementListDocument, {});
  return (
    <>
      <h1>
        <FormattedMessage id="arrangements.title" />
      </h1>
      <p className="hint">
        <FormattedMessage id="arrangements.intro" />
      </p>
      {answer.isPending && <Loading />}
      {answer.isError && <RequestFailed error={answer.error} />}
      {answer.data && <PartialAnswer errors={answer.data.errors} />}
      {answer.data?.data?.arrangements?.map((arrangement) => (
        <ArrangementCard key={arrangement.arrangementId} arrangement={arrangement} />
      ))}
    </>
  );
}

function ArrangementCard({ arrangement }: { arrangement: Arrangement }) {
  const format = useFormat();
  const agreementTitle = useAgreementTitle();
  const canWrite = useScopes().includes("AGREEMENTS_WRITE");
  const headingId = `arrangement-${arrangement.arrangementId}`;
  return (
    <section className="card arrangement" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {arrangement.arrangementId}{" "}
        <span className={`badge arrangement-${arrangement.status.toLowerCase()}`}>
          <FormattedMessage id={`arrangementStatus.${arrangement.status}`} />
        </span>
      </h2>
      <dl className="pairs">
        <dt>
          <FormattedMessage id="arrangements.parties" />
        </dt>
        <dd>
          {arrangement.provider.code} → {arrangement.recipient.code}
          {arrangement.recipient.name ? ` (${arrangement.recipient.name})` : ""}
        </dd>
        <dt>
          <FormattedMessage id="arrangements.agreement" />
        </dt>
        <dd>{agreementTitle(arrangement.agreement)}</dd>
        <dt>
          <FormattedMessage id="arrangements.purpose" />
        </dt>
        <dd>{arrangement.purpose}</dd>
        <dt>
          <FormattedMessage id="arrangements.coverage" />
        </dt>
        <dd>
          {arrangement.coverage === "ALL_PORTS" ? (
            <FormattedMessage id="arrangements.allPorts" />
          ) : (
            arrangement.ports.map((port) => `${port.code} ${port.name ?? ""}`).join(", ")
          )}
        </dd>
        <dt>
          <FormattedMessage id="arrangements.scopes" />
        </dt>
        <dd>
          {arrangement.scopes.map((scope) => (
            <code key={scope} className="scope">
              {scopeLabel(scope)}
            </code>
          ))}
        </dd>
        <dt>
          <FormattedMessage id="arrangements.valid" />
        </dt>
        <dd>
          {format.dateTime(arrangement.validFrom)} – {arrangement.validTo ? format.dateTime(arrangement.validTo) : "…"}
        </dd>
      </dl>
      <DataTable
        caption={<FormattedMessage id="arrangements.events" values={{ id: arrangement.arrangementId }} />}
        rows={arrangement.events}
        rowKey={(_event, index) => index}
        columns={[
          { header: "arrangements.when", cell: (event) => format.dateTime(event.at) },
          {
            header: "arrangements.action",
            cell: (event) => <FormattedMessage id={`arrangementAction.${event.action}`} />,
          },
          { header: "arrangements.actor", cell: (event) => <code>{event.actor}</code> },
          { header: "arrangements.reason", cell: (event) => event.reason ?? "—" },
        ]}
      />
      {canWrite && <ArrangementActionForm arrangement={arrangement} />}
    </section>
  );
}
