import { type startSdk as StartSdk } from "./start-sdk";
import { tracingRequested } from "./tracing-requested";

let sdk: ReturnType<typeof StartSdk> | null = null;

/**
 * Starts OpenTelemetry tracing when the OTEL_* environment asks for it. Call it before anything
 * else is loaded: the instrumentations patch http, express and mysql2 as they are first required.
 */
export function startTracing(service: string, env: Record<string, string | undefined> = process.env): boolean {
  if (sdk) return true;
  if (!tracingRequested(env)) return false;
  // Required only when asked for: with tracing off no SDK code is even read.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSdk } = require("./start-sdk") as { startSdk: typeof StartSdk };
  try {
    sdk = startSdk(service, env);
  } catch (error) {
    process.stderr.write(`${service} failed to start tracing: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  return true;
}

export function tracingEnabled(): boolean {
  return sdk !== null;
}

/** Exports what is left and stops; a no-op when tracing is off. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
  sdk = null;
}
