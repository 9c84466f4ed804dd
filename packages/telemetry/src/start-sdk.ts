import { ExpressInstrumentation, ExpressLayerType } from "@opentelemetry/instrumentation-express";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { MySQL2Instrumentation } from "@opentelemetry/instrumentation-mysql2";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace";
import { spanExportersFromEnv } from "./span-exporters-from-env";
import { WithoutPersonalData } from "./without-personal-data";

// Probes and scrapes every few seconds would drown the traces of requests.
const PROBES = /^\/(health|ready|metrics)\b/;

/**
 * The OpenTelemetry SDK with what this graph needs: incoming HTTP (the W3C traceparent is read
 * there), Node's fetch (undici: the gateway's subgraph fetches, which carry traceparent on),
 * express routes, and mysql2 statements with their values masked. Traces only: metrics are
 * Prometheus's (/metrics) and logs are pino's, so the SDK's OTLP metric and log exporters, on by
 * default, are turned off.
 */
export function startSdk(service: string, env: Record<string, string | undefined>): NodeSDK {
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME, when set, is the operator's word; the option would override it.
    serviceName: env.OTEL_SERVICE_NAME ? undefined : `frontera-${service}`,
    spanProcessors: [
      new WithoutPersonalData(),
      ...spanExportersFromEnv(env).map((exporter) => new BatchSpanProcessor({ exporter })),
    ],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => PROBES.test(request.url ?? "") }),
      new UndiciInstrumentation({ ignoreRequestHook: (request) => PROBES.test(request.path) }),
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // The default would format the parameter values into db.query.text.
      new MySQL2Instrumentation({ maskStatement: true }),
    ],
  });
  sdk.start();
  return sdk;
}
