import { startTracing } from "@frontera/telemetry";

// Imported first by index.ts: instrumentations patch modules as they are first loaded.
startTracing("gateway");
