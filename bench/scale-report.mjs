// The table of `pnpm bench --scale`: the sizes side by side, the ratio largest/smallest, the seed times.
import { subgraphNames } from "./bench-services.mjs";

/** Markdown: one line per operation, p50 / p99 (and req/s) per size, then the seed times. */
export function scaleReport(sizes, options, server, port) {
  const [small, large] = [sizes[0], sizes.at(-1)];
  const label = (n) => n.toLocaleString("en");
  const ratio = (a, b) => (a && b ? (b / a).toFixed(2) : "n/a");
  const rows = Object.keys(large.operations).map((name) => {
    const a = small.operations[name];
    const b = large.operations[name];
    const cells = sizes.map((size) => {
      const { p50, p99, rps } = size.operations[name];
      return `${p50} / ${p99}${rps === undefined ? "" : ` / ${rps}`}`;
    });
    return `| ${name} | ${cells.join(" | ")} | ${ratio(a.p50, b.p50)} | ${ratio(a.p99, b.p99)} |`;
  });
  const seedRows = sizes.map((size) =>
    size.seedMs
      ? `| ${label(size.shipments)} | ${subgraphNames.map((name) => `${((size.seedMs[name] ?? 0) / 1000).toFixed(1)} s`).join(" | ")} |`
      : `| ${label(size.shipments)} | reused | reused | reused |`,
  );
  const unit = Number(options.seconds) > 0 ? "p50 / p99 ms / req/s" : "p50 / p99 ms";
  return [
    `Frontera scale benchmark — ${new Date().toISOString()} — our gateway on MySQL (${server.replace(/\/\/[^@]*@/, "//")}), ` +
      `${options.requests} sequential requests per operation and size after 20 to warm up, in 10 rounds alternating the sizes` +
      (Number(options.seconds) > 0 ? `, then autocannon ${options.seconds} s × 10 connections` : "") +
      `; port ${port}; the deep page is ${sizes.map((size) => `${label(size.deepPageDepth)} rows deep at ${label(size.shipments)}`).join(", ")} ` +
      `(of ${sizes.map((size) => label(size.shipmentsAtPort)).join(" and ")} shipments at the port). Same machine as the load.`,
    "",
    `| operation | ${sizes.map((size) => `${label(size.shipments)} shipments: ${unit}`).join(" | ")} | p50 ${label(large.shipments)}/${label(small.shipments)} | p99 ${label(large.shipments)}/${label(small.shipments)} |`,
    `|---|${sizes.map(() => "---|").join("")}---|---|`,
    ...rows,
    "",
    "Seed (`pnpm seed --shipments N`, the three subgraphs in parallel):",
    "",
    `| shipments | ${subgraphNames.join(" | ")} |`,
    "|---|---|---|---|",
    ...seedRows,
  ].join("\n");
}
