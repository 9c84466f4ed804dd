import "./tracing";
import { runService } from "@frontera/service";
import { parseGatewayEnv } from "./env";
import { gatewayOptionsFromEnv, startGateway } from "./server";

runService("gateway", async () => startGateway(gatewayOptionsFromEnv(parseGatewayEnv())));
