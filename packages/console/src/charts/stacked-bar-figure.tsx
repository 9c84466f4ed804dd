import "./register-charts";
import { type ChartOptions } from "chart.js";
import { Bar } from "react-chartjs-2";
import { FormattedMessage, useIntl } from "react-intl";
import { useFormat } from "../i18n/format";

export interface Labelled {
  key: string;
  label: string;
}

export interface Series extends Labelled {
  color: string;
}

/** Counts by category (days, kinds, statuses) and series (lanes, results), with each category's total. */
export interface CountMatrix {
  categories: Labelled[];
  series: Series[];
  counts: Record<string, Record<string, number>>;
  /** Each category's total as the graph counted it (not the sum of the series). */
  totals: Record<string, number>;
}

export function grandTotal(matrix: CountMatrix): number {
  return matrix.categories.reduce((sum, category) => sum + (matrix.totals[category.key] ?? 0), 0);
}

/**
 * A stacked bar chart drawn by Chart.js and, as its text alternative, the same counts as a table:
 * the canvas is an image described by its title and grand total; the table, under a disclosure
 * button, holds every number, with the totals the graph gave.
 */
export function StackedBarFigure({
  id,
  title,
  categoryHeader,
  matrix,
  horizontal = false,
}: {
  id: string;
  title: string;
  categoryHeader: string;
  matrix: CountMatrix;
  horizontal?: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const total = grandTotal(matrix);
  const data = {
    labels: matrix.categories.map((category) => category.label),
    datasets: matrix.series.map((series) => ({
      label: series.label,
      backgroundColor: series.color,
      data: matrix.categories.map((category) => matrix.counts[category.key]?.[series.key] ?? 0),
    })),
  };
  const options: ChartOptions<"bar"> = {
    indexAxis: horizontal ? "y" : "x",
    responsive: true,
    maintainAspectRatio: false,
    // Numbers that matter, not motion: a chart is drawn once, at once.
    animation: false,
    locale: intl.locale,
    scales: {
      x: { stacked: true, ...(horizontal ? { beginAtZero: true, ticks: { precision: 0 } } : {}) },
      y: { stacked: true, ...(horizontal ? {} : { beginAtZero: true, ticks: { precision: 0 } }) },
    },
    plugins: { legend: { display: matrix.series.length > 1, position: "bottom" } },
  };
  const summary = intl.formatMessage({ id: "chart.summary" }, { title, total: format.number(total) });
  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
        <span className="chart-total">
          <FormattedMessage id="chart.total" values={{ total: format.number(total) }} />
        </span>
      </figcaption>
      <div className="chart-canvas">
        <Bar data={data} options={options} role="img" aria-label={summary} />
      </div>
      <details>
        <summary>
          <FormattedMessage id="chart.showTable" />
        </summary>
        <div className="table-scroll">
          <table id={`${id}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {matrix.series.length > 1 &&
                  matrix.series.map((series) => (
                    <th key={series.key} scope="col" className="number">
                      {series.label}
                    </th>
                  ))}
                <th scope="col" className="number">
                  <FormattedMessage id="chart.totalColumn" />
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.categories.map((category) => (
                <tr key={category.key}>
                  <th scope="row">{category.label}</th>
                  {matrix.series.length > 1 &&
                    matrix.series.map((series) => (
                      <td key={series.key} className="number">
                        {format.number(matrix.counts[category.key]?.[series.key] ?? 0)}
                      </td>
                    ))}
                  <td className="number">{format.number(matrix.totals[category.key] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">
                  <FormattedMessage id="chart.totalColumn" />
                </th>
                {matrix.series.length > 1 &&
                  matrix.series.map((series) => (
                    <td key={series.key} className="number">
                      {format.number(
                        matrix.categories.reduce((sum, c) => sum + (matrix.counts[c.key]?.[series.key] ?? 0), 0),
                      )}
                    </td>
                  ))}
                <td className="number" data-grand-total={total}>
                  {format.number(total)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </figure>
  );
}
