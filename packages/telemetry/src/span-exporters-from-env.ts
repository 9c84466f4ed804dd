import { OTLPTraceExporter as OtlpJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as OtlpProtobufExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { ConsoleSpanExporter, type SpanExporter } from "@opentelemetry/sdk-trace";
import { tracesExporters } from "./tracing-requested";

/**
 * The exporters OTEL_TRACES_EXPORTER and OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL ask for. The SDK
 * would build them itself, but only when it is given no span processor, and we give it one (the
 * scrubber in front of the exporters). Endpoints and headers (OTEL_EXPORTER_OTLP_*) are read by
 * the exporters themselves.
 */
export function spanExportersFromEnv(env: Record<string, string | undefined>): SpanExporter[] {
  return tracesExporters(env).map((name) => {
    if (name === "console") return new ConsoleSpanExporter();
    if (name !== "otlp") throw new Error(`OTEL_TRACES_EXPORTER=${name} is not supported: use otlp or console`);
    const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? "").trim();
    if (protocol === "http/json") return new OtlpJsonExporter();
    if (protocol === "" || protocol === "http/protobuf") return new OtlpProtobufExporter();
    throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported: use http/protobuf or http/json`);
  });
}
