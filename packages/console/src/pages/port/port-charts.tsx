import {
  PortCrossingsByLaneDocument,
  PortInspectionsByResultDocument,
  PortShipmentsByStatusDocument,
} from "@frontera/operations/src/generated/graphql";
import { type UseQueryResult } from "@tanstack/react-query";
import { type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type CountMatrix, StackedBarFigure } from "../../charts/stacked-bar-figure";
import { type GraphAnswer } from "../../graphql/run-operation";
import { useGraphQueries, useGraphQuery } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { Loading, RequestFailed } from "../../layout/status";
import { INSPECTION_KINDS, LANES, RESULTS, STATUSES } from "./palette";
import { type DayWindow, dayRange, daysOf, windowRange } from "./window";

type Count = { totalCount: number } | null | undefined;

/**
 * What a chart shows while its answers are not all in, or when the token may not read what it
 * counts (FORBIDDEN at the counts' paths leaves them null): otherwise null, and the chart draws.
 */
function pending(answers: Array<UseQueryResult<GraphAnswer<unknown>>>, counted: Count[]): ReactNode {
  const failed = answers.find((answer) => answer.isError);
  if (failed) return <RequestFailed error={failed.error} />;
  if (answers.some((answer) => answer.isPending)) return <Loading />;
  if (counted.some((count) => !count))
    return (
      <p role="status" className="notice">
        <FormattedMessage id="status.forbidden" />
      </p>
    );
  return null;
}

function ChartSlot({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="chart-card" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function CrossingsByLaneChart({ code, window }: { code: string; window: DayWindow }) {
  const intl = useIntl();
  const format = useFormat();
  const days = daysOf(window);
  const answers = useGraphQueries(
    PortCrossingsByLaneDocument,
    days.map((day) => ({ code, ...dayRange(day) })),
  );
  const ports = answers.map((answer) => answer.data?.data?.port);
  const title = intl.formatMessage({ id: "port.crossings.title" });
  const waiting = pending(
    answers,
    ports.map((port) => port?.all),
  );
  if (waiting) return <ChartSlot title={title}>{waiting}</ChartSlot>;
  const matrix: CountMatrix = {
    categories: days.map((day) => ({ key: day, label: format.shortDay(day) })),
    series: LANES.map(({ lane, key, color }) => ({ key, color, label: intl.formatMessage({ id: `lane.${lane}` }) })),
    counts: Object.fromEntries(
      days.map((day, index) => [
        day,
        Object.fromEntries(LANES.map(({ key }) => [key, ports[index]?.[key]?.totalCount ?? 0])),
      ]),
    ),
    totals: Object.fromEntries(days.map((day, index) => [day, ports[index]?.all?.totalCount ?? 0])),
  };
  return (
    <StackedBarFigure
      id="crossings-by-lane"
      title={title}
      categoryHeader={intl.formatMessage({ id: "port.day" })}
      matrix={matrix}
    />
  );
}

export function InspectionsChart({ code, window }: { code: string; window: DayWindow }) {
  const intl = useIntl();
  const answers = useGraphQueries(
    PortInspectionsByResultDocument,
    INSPECTION_KINDS.map((kind) => ({ code, kind, ...windowRange(window) })),
  );
  const ports = answers.map((answer) => answer.data?.data?.port);
  const title = intl.formatMessage({ id: "port.inspections.title" });
  const waiting = pending(
    answers,
    ports.map((port) => port?.all),
  );
  if (waiting) return <ChartSlot title={title}>{waiting}</ChartSlot>;
  const matrix: CountMatrix = {
    categories: INSPECTION_KINDS.map((kind) => ({
      key: kind,
      label: intl.formatMessage({ id: `inspectionKind.${kind}` }),
    })),
    series: RESULTS.map(({ result, key, color }) => ({
      key,
      color,
      label: intl.formatMessage({ id: `inspectionResult.${result}` }),
    })),
    counts: Object.fromEntries(
      INSPECTION_KINDS.map((kind, index) => [
        kind,
        Object.fromEntries(RESULTS.map(({ key }) => [key, ports[index]?.[key]?.totalCount ?? 0])),
      ]),
    ),
    totals: Object.fromEntries(INSPECTION_KINDS.map((kind, index) => [kind, ports[index]?.all?.totalCount ?? 0])),
  };
  return (
    <StackedBarFigure
      id="inspections-by-kind"
      title={title}
      categoryHeader={intl.formatMessage({ id: "port.kind" })}
      matrix={matrix}
      horizontal
    />
  );
}

export function ShipmentsChart({ code, window }: { code: string; window: DayWindow }) {
  const intl = useIntl();
  const answer = useGraphQuery(PortShipmentsByStatusDocument, { code, ...windowRange(window) });
  const port = answer.data?.data?.port;
  const title = intl.formatMessage({ id: "port.shipments.title" });
  const waiting = pending(
    [answer],
    STATUSES.map(({ key }) => port?.[key]),
  );
  if (waiting || !port) return <ChartSlot title={title}>{waiting}</ChartSlot>;
  const matrix: CountMatrix = {
    categories: STATUSES.map(({ status }) => ({
      key: status,
      label: intl.formatMessage({ id: `shipmentStatus.${status}` }),
    })),
    series: [{ key: "shipments", label: intl.formatMessage({ id: "port.shipments.series" }), color: "#0072b2" }],
    counts: Object.fromEntries(STATUSES.map(({ status, key }) => [status, { shipments: port[key]?.totalCount ?? 0 }])),
    totals: Object.fromEntries(STATUSES.map(({ status, key }) => [status, port[key]?.totalCount ?? 0])),
  };
  return (
    <StackedBarFigure
      id="shipments-by-status"
      title={title}
      categoryHeader={intl.formatMessage({ id: "port.status" })}
      matrix={matrix}
      horizontal
    />
  );
}
