/** The port each service listens on when its environment names none. */
export const DEFAULT_PORTS = { gateway: 4000, agreements: 4001, cargo: 4002, travellers: 4003 } as const;

const onLoopback = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Where each subgraph answers when the environment names no URL: on this machine, at its default
 * port (the embedded start runs every service side by side).
 */
export const DEFAULT_SUBGRAPH_URLS = {
  agreements: onLoopback(DEFAULT_PORTS.agreements),
  cargo: onLoopback(DEFAULT_PORTS.cargo),
  travellers: onLoopback(DEFAULT_PORTS.travellers),
} as const;
