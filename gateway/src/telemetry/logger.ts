import { type createLogger } from "@frontera/service";

/** The gateway's structured log (pino): one JSON line per event, never a token or an answer. */
export type Logger = ReturnType<typeof createLogger>;
