import { FormattedMessage } from "react-intl";
import { type GraphError, GraphRequestError } from "../graphql/run-operation";

export function Loading() {
  return (
    <p role="status" className="loading">
      <FormattedMessage id="status.loading" />
    </p>
  );
}

/** A request that failed as a whole: what the gateway said, by its code. */
export function RequestFailed({ error }: { error: unknown }) {
  const code = error instanceof GraphRequestError ? error.code : "NETWORK";
  return (
    <p role="alert" className="error">
      <FormattedMessage id="status.failed" values={{ code }} />{" "}
      {error instanceof Error && <span className="hint">{error.message}</span>}
    </p>
  );
}

/**
 * Fields the token may not read come back null with FORBIDDEN at their path, the rest of the
 * answer intact: the page says so once, rather than showing blanks as if there were no data.
 */
export function PartialAnswer({ errors }: { errors: GraphError[] }) {
  if (errors.length === 0) return null;
  const forbidden = errors.some((error) => error.extensions?.code === "FORBIDDEN");
  const unavailable = errors.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE");
  return (
    <p role="status" className="notice">
      {forbidden && <FormattedMessage id="status.forbidden" />}{" "}
      {unavailable && <FormattedMessage id="status.unavailable" />}
      {!forbidden && !unavailable && <FormattedMessage id="status.partial" values={{ message: errors[0].message }} />}
    </p>
  );
}

/** Whether an error of the answer is about this path (or below it). */
export function errorAt(errors: GraphError[], ...path: Array<string | number>): GraphError | undefined {
  return errors.find((error) => path.every((part, index) => error.path?.[index] === part));
}
