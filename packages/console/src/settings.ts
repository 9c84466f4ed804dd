/** What the gateway writes into the console's page (gateway/src/console/console-page.ts). */
export interface ConsoleSettings {
  endpoint: string;
  base: string;
  devSignIn: { roles: string[] } | null;
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

export function readSettings(): ConsoleSettings {
  const element = document.getElementById("frontera-console-settings");
  return JSON.parse(element?.textContent ?? "{}") as ConsoleSettings;
}
