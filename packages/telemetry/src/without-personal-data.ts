import { type Context } from "@opentelemetry/api";
import { type ReadableSpan, type Span, type SpanProcessor } from "@opentelemetry/sdk-trace";

// Headers are not recorded by any instrumentation we configure; this catches one that would be.
const SECRET = /authorization|cookie|token|password|secret/i;
// A GET /graphql carries the query and its variables in the query string.
const URLS = new Set(["http.url", "http.target", "url.full", "url.path"]);

/**
 * Runs first among the span processors, before any exporter sees a span: drops attributes named
 * like credentials, cuts query strings off URLs, and keeps a failed SQL statement's error message
 * out (MySQL quotes the offending value in it, "Duplicate entry 'X' for key …").
 */
export class WithoutPersonalData implements SpanProcessor {
  onStart(_span: Span, _context: Context): void {}

  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes;
    for (const [key, value] of Object.entries(attributes)) {
      if (SECRET.test(key) || key === "url.query") delete attributes[key];
      else if (URLS.has(key) && typeof value === "string") attributes[key] = value.split("?")[0];
    }
    if (attributes["db.system"] ?? attributes["db.system.name"]) {
      if (span.status.message) span.status.message = "statement failed";
      for (const event of span.events) {
        if (event.attributes?.["exception.message"]) event.attributes["exception.message"] = "statement failed";
      }
    }
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
