import { stopTracing } from "@frontera/telemetry";
import { type RunningService } from "./start-graphql-service";

/**
 * Entry point of a service process: starts it, stops it cleanly on SIGTERM/SIGINT (exit 0), and
 * exits non-zero with a readable message when start-up fails (bad environment, database down).
 */
export function runService(name: string, start: () => Promise<RunningService>): void {
  // Through a promise, so that a synchronous failure (a bad environment) is reported the same way.
  Promise.resolve()
    .then(start)
    .then(
      (service) => {
        process.stdout.write(`${name} ready at ${service.url}\n`);
        let stopping = false;
        const stop = (signal: string) => {
          if (stopping) return;
          stopping = true;
          process.stdout.write(`${name} received ${signal}, draining\n`);
          // Spans still buffered are exported before the process goes.
          service
            .stop()
            .then(stopTracing)
            .then(
              () => process.exit(0),
              () => process.exit(1),
            );
        };
        process.once("SIGTERM", () => stop("SIGTERM"));
        process.once("SIGINT", () => stop("SIGINT"));
      },
      (error: unknown) => {
        process.stderr.write(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
}
