import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Supergraph } from "@apollo/federation-internals";
import { SupergraphScopes } from "../scopes/supergraph-scopes";

export type ReloadOutcome =
  | { outcome: "reloaded"; supergraph: string }
  | { outcome: "unchanged"; supergraph: string }
  | { outcome: "refused"; supergraph: string; reason: string };

interface ReloadLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What @apollo/gateway calls once at load, when `supergraphSdl` is a function. */
type SupergraphManager = (hooks: {
  update(supergraphSdl: string): void;
}) => Promise<{ supergraphSdl: string; cleanup: () => Promise<void> }>;

const shortHash = (sdl: string) => createHash("sha256").update(sdl).digest("hex").slice(0, 12);

/** Why a supergraph must not be served, or null when it may be. */
function refusalOf(supergraphSdl: string): string | null {
  try {
    // Validated whatever NODE_ENV says (@apollo/gateway skips validation in production).
    Supergraph.build(supergraphSdl, { validateSupergraph: true });
  } catch (error) {
    return `not a valid supergraph: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
  // Composed without @composeDirective, @scope silently vanishes and every field opens up
  // (docs/gotchas.md, G7): a supergraph that declares no scope at all is refused.
  if (!new SupergraphScopes(supergraphSdl).declaresAnyScope())
    return "it declares no @scope: every field would be open";
  return null;
}

/**
 * The supergraph as a file that can be replaced while the gateway serves: `reload()` (on SIGHUP
 * in the gateway process) reads the file again, refuses a file that is not a valid supergraph or
 * carries no scopes, and otherwise hands it to @apollo/gateway, which plans new requests on it
 * while requests already in flight finish on the old one. A refused file changes nothing: the
 * old supergraph keeps serving, and the log says why.
 */
export function reloadableSupergraph(options: { initialSdl: string; file?: string; log: ReloadLog }) {
  let current = options.initialSdl;
  let update: ((supergraphSdl: string) => void) | null = null;

  const manager: SupergraphManager = async (hooks) => {
    update = hooks.update;
    return {
      supergraphSdl: current,
      cleanup: async () => {
        update = null;
      },
    };
  };

  async function reload(): Promise<ReloadOutcome> {
    const refuse = (reason: string): ReloadOutcome => {
      options.log.error({ file: options.file, serving: shortHash(current), reason }, "supergraph refused");
      return { outcome: "refused", supergraph: shortHash(current), reason };
    };
    if (!options.file) return refuse("no SUPERGRAPH_FILE to reload from");
    if (!update) return refuse("the gateway is not serving");
    let next: string;
    try {
      next = await readFile(options.file, "utf8");
    } catch (error) {
      return refuse(`cannot read it: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (next === current) return { outcome: "unchanged", supergraph: shortHash(current) };
    const reason = refusalOf(next);
    if (reason) return refuse(reason);
    try {
      update(next);
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error));
    }
    options.log.info({ file: options.file, from: shortHash(current), to: shortHash(next) }, "supergraph reloaded");
    current = next;
    return { outcome: "reloaded", supergraph: shortHash(next) };
  }

  return { manager, reload };
}
