import "./telemetry/start-tracing";
import { runService } from "@frontera/service";
import { parseGatewayEnv } from "./env";
import { gatewayOptionsFromEnv, startGateway } from "./server";

runService("gateway", async () => {
  const gateway = await startGateway(gatewayOptionsFromEnv(parseGatewayEnv()));
  // `kill -HUP` after replacing SUPERGRAPH_FILE: the new supergraph serves, or the old one stays.
  process.on("SIGHUP", () => void gateway.reloadSupergraph());
  return gateway;
});
