import { type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type MessageId } from "../i18n/messages-en";

export interface Column<Row> {
  header: MessageId;
  cell(row: Row): ReactNode;
  numeric?: boolean;
}

/** A table of rows with column headers, scrolling sideways on a narrow screen rather than the page. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
}: {
  columns: Array<Column<Row>>;
  rows: Row[];
  rowKey(row: Row, index: number): string | number;
  caption?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="table-scroll">
      <table>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? "number" : undefined}>
                {intl.formatMessage({ id: column.header })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => (
                <td key={column.header} className={column.numeric ? "number" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A short line in place of what is not there: nothing yet, or nothing shared with this token. */
export function Hint({ id }: { id: MessageId }) {
  return (
    <p className="hint">
      <FormattedMessage id={id} />
    </p>
  );
}

/** The next page of a list, while there is one. */
export function MoreButton({
  pages,
}: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): unknown };
}) {
  if (!pages.hasNextPage) return null;
  return (
    <button type="button" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
      <FormattedMessage id="list.more" />
    </button>
  );
}

/**
 * A titled section listing rows: a table, or a line saying there are none — or that the token may
 * not read them (`rows` null: the field came back null with FORBIDDEN).
 */
export function TableSection<Row>({
  id,
  title,
  level = 2,
  rows,
  empty,
  ...table
}: {
  id: string;
  title: MessageId;
  level?: 2 | 3;
  rows: Row[] | null | undefined;
  empty: MessageId;
  columns: Array<Column<Row>>;
  rowKey(row: Row, index: number): string | number;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>
        <FormattedMessage id={title} />
      </Heading>
      {!rows ? (
        <Hint id="status.forbiddenShort" />
      ) : rows.length === 0 ? (
        <Hint id={empty} />
      ) : (
        <DataTable rows={rows} {...table} />
      )}
    </section>
  );
}
