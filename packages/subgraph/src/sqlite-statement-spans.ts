import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { type DataSource } from "typeorm";
import { statementKind } from "./database-metrics";

/**
 * A span per SQL statement on the embedded SQLite database, which has no OpenTelemetry
 * instrumentation of its own (MySQL's statements get theirs from the mysql2 instrumentation).
 * TypeORM reports a statement once it is done, with its duration: the span is drawn after the
 * fact, under the request's active span. Its name is the statement's kind; no SQL, no values.
 * Attribute names follow the stable database conventions, as the mysql2 instrumentation's do.
 */
export function traceSqliteStatements(dataSource: DataSource): void {
  const tracer = trace.getTracer("frontera-sqlite");
  dataSource.subscribers.push({
    afterQuery(event) {
      const end = Date.now();
      const kind = statementKind(event.query);
      const span = tracer.startSpan(kind.toUpperCase(), {
        kind: SpanKind.CLIENT,
        startTime: end - (event.executionTime ?? 0),
        attributes: { "db.system.name": "sqlite", "db.operation.name": kind },
      });
      if (!event.success) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(end);
    },
  });
}
