export { startTracing, stopTracing, tracingEnabled } from "./tracing";
export { tracingRequested } from "./tracing-requested";
