type Environment = Record<string, string | undefined>;

/** The exporters OTEL_TRACES_EXPORTER names (comma-separated, as the OpenTelemetry spec has it). */
export function tracesExporters(env: Environment): string[] {
  return (env.OTEL_TRACES_EXPORTER ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Tracing is off unless OTEL_TRACES_EXPORTER names an exporter. The OpenTelemetry SDK's own
 * default is "otlp" to localhost:4318; ours is nothing at all, so a service that nobody configured
 * never loads the SDK nor tries to reach a collector. OTEL_SDK_DISABLED=true wins over everything.
 */
export function tracingRequested(env: Environment): boolean {
  if ((env.OTEL_SDK_DISABLED ?? "").trim().toLowerCase() === "true") return false;
  const exporters = tracesExporters(env);
  return exporters.length > 0 && !exporters.includes("none");
}
