import { ConsolePortsDocument, PortDashboardDocument } from "@frontera/operations/src/generated/graphql";
import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { TableSection } from "../../layout/data-table";
import { usePageTitle } from "../../layout/page-title";
import { Loading, PartialAnswer, RequestFailed } from "../../layout/status";
import { CrossingsByLaneChart, InspectionsChart, ShipmentsChart } from "./port-charts";
import { type DayWindow, MAX_WINDOW_DAYS, defaultWindow, windowProblem, windowRange } from "./window";

/** The port dashboard: a port and a window of days, its totals and three charts. */
export function PortPage() {
  const { code } = useParams();
  const [search] = useSearchParams();
  const fallback = defaultWindow();
  const window: DayWindow = { from: search.get("from") ?? fallback.from, to: search.get("to") ?? fallback.to };
  const problem = windowProblem(window);
  usePageTitle("nav.port", code);
  return (
    <>
      <h1>
        <FormattedMessage id="port.title" />
      </h1>
      <WindowForm key={`${code}/${window.from}/${window.to}`} code={code ?? ""} window={window} />
      {problem && (
        <p role="alert" className="error">
          <FormattedMessage id={problem} values={{ days: MAX_WINDOW_DAYS }} />
        </p>
      )}
      {!code && (
        <p className="hint">
          <FormattedMessage id="port.choose" />
        </p>
      )}
      {code && !problem && (
        <>
          <PortSummary code={code} window={window} />
          <div className="chart-grid">
            <CrossingsByLaneChart code={code} window={window} />
            <InspectionsChart code={code} window={window} />
            <ShipmentsChart code={code} window={window} />
          </div>
          <LatestInspections code={code} window={window} />
        </>
      )}
    </>
  );
}

function WindowForm({ code, window }: { code: string; window: DayWindow }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const ports = useGraphQuery(ConsolePortsDocument, {});
  const [chosen, setChosen] = useState({ code, ...window });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams({ from: chosen.from, to: chosen.to });
    navigate(`/port/${encodeURIComponent(chosen.code)}?${query}`);
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label={intl.formatMessage({ id: "port.form" })}>
      <label>
        <FormattedMessage id="port.port" />
        <select value={chosen.code} required onChange={(event) => setChosen({ ...chosen, code: event.target.value })}>
          <option value="">{intl.formatMessage({ id: "port.choosePort" })}</option>
          {(ports.data?.data?.ports ?? []).map((port) => (
            <option key={port.code} value={port.code}>
              {port.code} {port.name} {port.usState ? `(${port.usState})` : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        <FormattedMessage id="port.from" />
        <input
          type="date"
          required
          value={chosen.from}
          onChange={(event) => setChosen({ ...chosen, from: event.target.value })}
        />
      </label>
      <label>
        <FormattedMessage id="port.to" />
        <input
          type="date"
          required
          value={chosen.to}
          onChange={(event) => setChosen({ ...chosen, to: event.target.value })}
        />
      </label>
      <button type="submit" className="primary">
        <FormattedMessage id="port.show" />
      </button>
    </form>
  );
}

/** PortDashboard, the canonical operation: the port, its programs and the window's crossing totals. */
function PortSummary({ code, window }: { code: string; window: DayWindow }) {
  const format = useFormat();
  const answer = useGraphQuery(PortDashboardDocument, { code, ...windowRange(window) });
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <RequestFailed error={answer.error} />;
  const port = answer.data.data?.port;
  if (!port)
    return (
      <p role="alert" className="error">
        <FormattedMessage id="port.notFound" values={{ code }} />
      </p>
    );
  return (
    <section className="summary" aria-labelledby="port-name">
      <h2 id="port-name">
        {port.name ?? code} <span className="hint">{port.mxCity}</span>
      </h2>
      <PartialAnswer errors={answer.data.errors} />
      <dl className="figures">
        <div>
          <dt>
            <FormattedMessage id="port.window" />
          </dt>
          <dd>
            {format.day(window.from)} – {format.day(window.to)}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="port.totalCrossings" />
          </dt>
          <dd data-total="crossings">{port.crossings ? format.number(port.crossings.totalCount) : "—"}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="port.totalTruckCrossings" />
          </dt>
          <dd data-total="truck-crossings">
            {port.truckCrossings ? format.number(port.truckCrossings.totalCount) : "—"}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="port.programs" />
          </dt>
          <dd>{(port.programs ?? []).map((program) => program.code).join(", ") || "—"}</dd>
        </div>
      </dl>
    </section>
  );
}

/** PortDashboard's latest inspections at the port (whatever the window): the exams under way now. */
function LatestInspections({ code, window }: { code: string; window: DayWindow }) {
  const format = useFormat();
  // The same request as the summary's: answered from the query cache.
  const answer = useGraphQuery(PortDashboardDocument, { code, ...windowRange(window) });
  const inspections = answer.data?.data?.port?.inspections;
  if (!answer.data?.data?.port) return null;
  return (
    <TableSection
      id="latest-inspections"
      title="port.latestInspections"
      rows={inspections?.edges.map((edge) => edge.node)}
      empty="shipment.noInspections"
      rowKey={(_inspection, index) => index}
      columns={[
        { header: "shipment.started", cell: (inspection) => format.dateTime(inspection.startedAt) },
        {
          header: "shipment.inspectionKind",
          cell: (inspection) => <FormattedMessage id={`inspectionKind.${inspection.kind}`} />,
        },
        {
          header: "shipment.result",
          cell: (inspection) => <FormattedMessage id={`inspectionResult.${inspection.result}`} />,
        },
      ]}
    />
  );
}
