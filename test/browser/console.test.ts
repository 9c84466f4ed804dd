import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { PortDashboardDocument } from "@frontera/operations";
import { type RunningService } from "@frontera/service";
import { type TestGraph, eventually } from "@frontera/testing";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { type TestOidcProvider, startOidcProvider } from "../support/oidc-provider";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

// The officer console at /console/, in a real browser (Debian's chromium): signing in (the
// development sign-in and an OpenID Connect provider), each page against the graph's own answers,
// Spanish, suspending and resuming an arrangement, the disclosure log and a record's accounting;
// axe-core on every page, nothing fetched from anywhere but the gateway (and the provider while
// signing in there), no Content-Security-Policy violation. The console's gateway runs
// TRUSTED_DOCUMENTS=all: the console sends registered documents only, by id. `UPDATE_SCREENSHOTS=1` writes the
// README's pictures (docs/images/console-*.png, 1280×800).

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");
const PORT = "2304";
// Whole UTC days of the seeded demo data (crossings until 2026-11-25).
const WINDOW = { from: "2026-11-01", to: "2026-11-14" };
const RANGE = { from: "2026-11-01T00:00:00Z", to: "2026-11-15T00:00:00Z" };

let graph: TestGraph;
let consoleGateway: RunningService;
let browser: Browser;
let provider: TestOidcProvider;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  provider = await startOidcProvider({
    subject: "maria.officer@cbp.example",
    agency: "CBP",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:read", "hold:read", "traveller:identity:read"],
  });
  graph = await startWholeGraph(undefined, {
    trustedIssuers: [{ issuer: provider.issuer, audience: provider.audience, jwksUrl: provider.jwksUrl }],
  });
  // The test asks the graph its own questions at the first gateway; the console has its own.
  consoleGateway = await startGatewayReplica(graph, {
    trustedDocuments: "all",
    console: { oidc: { issuer: provider.issuer, clientId: provider.clientId, scope: "openid" } },
  });
  origin = new URL(consoleGateway.url).origin;
  provider.allowRedirect(`${origin}/console/`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await consoleGateway?.stop();
  await graph?.stop();
  await provider?.stop();
});

/**
 * What a page did that it must not: leave the gateway, throw, break its own policy, send the
 * gateway anything but a registered document's id.
 */
interface Watched {
  page: Page;
  context: BrowserContext;
  elsewhere: string[];
  failures: string[];
  unregistered: string[];
}

async function openConsole(
  path = "/console/",
  { viewport = { width: 1280, height: 800 }, allowed = [] as string[] } = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  const watched: Watched = { page, context, elsewhere: [], failures: [], unregistered: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (![origin, ...allowed].some((allowedOrigin) => url.startsWith(allowedOrigin)) && !url.startsWith("data:"))
      watched.elsewhere.push(url);
  });
  page.on("pageerror", (error) => watched.failures.push(error.message));
  page.on("request", (request) => {
    if (request.url() !== `${origin}/graphql`) return;
    const body = JSON.parse(request.postData() ?? "{}") as { documentId?: string; query?: string };
    if (!body.documentId || body.query) watched.unregistered.push(request.postData() ?? request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watched.failures.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return watched;
}

async function finish({ context, elsewhere, failures, unregistered }: Watched) {
  expect(elsewhere).toEqual([]);
  expect(failures).toEqual([]);
  expect(unregistered).toEqual([]);
  await context.close();
}

async function signIn(page: Page, role: RegExp) {
  await page.getByRole("radio", { name: role }).check();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("navigation", { name: "Pages" }).waitFor();
}

/** axe-core's serious and critical violations on the page as it is now (none expected). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own policy refuses inline scripts, rightly.
  await page.evaluate(axe.source);
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as {
    testEngine: { name: string };
    violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  };
  expect(results.testEngine.name).toBe("axe-core"); // it ran
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function screenshot(page: Page, name: string) {
  const file = process.env.UPDATE_SCREENSHOTS
    ? join(ROOT, "docs", "images", `console-${name}.png`)
    : join(tmpdir(), `frontera-console-${name}.png`);
  mkdirSync(join(file, ".."), { recursive: true });
  await page.screenshot({ path: file });
}

function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
}

/** A figure's grand total, from its table (the chart's text alternative). */
async function grandTotal(page: Page, tableId: string): Promise<number> {
  const cell = page.locator(`#${tableId} tfoot td[data-grand-total]`);
  return Number(await cell.getAttribute("data-grand-total"));
}

describe("the officer console at /console/", () => {
  it("signs in with the keyboard alone, shows the roles, and passes axe", async () => {
    const watched = await openConsole();
    const { page } = watched;
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "sign-in");

    // Tab to the first role, arrow to the second, tab to the button, Enter.
    await page.getByRole("radio", { name: /CBP officer/ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /ANAM officer/ }).isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("navigation", { name: "Pages" }).waitFor();
    expect(await page.getByText("CBP · internal").isVisible()).toBe(true);
    // The token stays with the tab only, and lives 15 minutes.
    const token = (await page.evaluate("sessionStorage.getItem('frontera.console.token')")) as string;
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(claims.exp - claims.iat).toBe(15 * 60);
    expect(claims.sub).toBe("console-dev:cbp-officer");
    await finish(watched);
  });

  it("shows port 2304's charts with the totals the graph gives for the same window", async () => {
    const watched = await openConsole(`/console/port/${PORT}?from=${WINDOW.from}&to=${WINDOW.to}`);
    const { page } = watched;
    await signIn(page, /CBP officer/);
    for (const table of ["crossings-by-lane-table", "inspections-by-kind-table", "shipments-by-status-table"])
      await page.locator(`#${table}`).waitFor({ state: "attached", timeout: 30_000 });
    await page.locator("[data-total=crossings]").waitFor();
    await screenshot(page, "port");

    const dashboard = await graph.query(PortDashboardDocument, { code: PORT, ...RANGE });
    const counts = await graph.query<{
      port: Record<string, { totalCount: number }>;
    }>(
      `query ($code: ID!, $from: DateTime!, $to: DateTime!) { port(code: $code) {
        inspections(filter: { startedAt: { from: $from, to: $to } }, first: 0) { totalCount }
        shipments(filter: { estimatedArrival: { from: $from, to: $to } }, first: 0) { totalCount }
        fast: crossings(filter: { at: { from: $from, to: $to }, lane: FAST }, first: 0) { totalCount }
        standard: crossings(filter: { at: { from: $from, to: $to }, lane: STANDARD }, first: 0) { totalCount }
      } }`,
      { code: PORT, ...RANGE },
    );
    expect(counts.body.errors).toBeUndefined();
    const crossings = dashboard.body.data!.port!.crossings!.totalCount;
    expect(crossings).toBeGreaterThan(0);
    expect(await grandTotal(page, "crossings-by-lane-table")).toBe(crossings);
    expect(await page.locator("[data-total=crossings]").innerText()).toBe(crossings.toLocaleString("en-US"));
    expect(await page.locator("[data-total=truck-crossings]").innerText()).toBe(
      dashboard.body.data!.port!.truckCrossings!.totalCount.toLocaleString("en-US"),
    );
    const { inspections, shipments, fast, standard } = counts.body.data!.port;
    expect(inspections.totalCount).toBeGreaterThan(0);
    expect(await grandTotal(page, "inspections-by-kind-table")).toBe(inspections.totalCount);
    expect(await grandTotal(page, "shipments-by-status-table")).toBe(shipments.totalCount);

    // Each lane's column total in the chart's table, against the graph's count for that lane.
    await page.getByText("Show the numbers").first().click();
    const table = page.getByRole("table", { name: "Crossings per day by lane" });
    const header = await table.locator("thead th").allInnerTexts();
    const footer = await table.locator("tfoot td").allInnerTexts();
    expect(Number(footer[header.indexOf("FAST") - 1].replace(/,/g, ""))).toBe(fast.totalCount);
    expect(Number(footer[header.indexOf("Standard") - 1].replace(/,/g, ""))).toBe(standard.totalCount);
    // The canvas is an image named by its title and total.
    expect(
      await page.getByRole("img", { name: new RegExp(`Crossings per day by lane: ${crossings} in all`) }).count(),
    ).toBe(1);

    expect(await seriousViolations(page)).toEqual([]);
    await finish(watched);
  });

  it("lays the port dashboard out on a tablet without scrolling sideways", async () => {
    const watched = await openConsole(`/console/port/${PORT}?from=${WINDOW.from}&to=${WINDOW.to}`, {
      viewport: { width: 768, height: 1024 },
    });
    const { page } = watched;
    await signIn(page, /CBP officer/);
    await page.locator("#shipments-by-status-table").waitFor({ state: "attached", timeout: 30_000 });
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await finish(watched);
  });

  it("finds a shipment by control number and shows its driver, then the driver's profile by an accent-blind search", async () => {
    const found = await graph.query<{
      shipments: {
        edges: Array<{
          node: {
            shipmentControlNumber: string;
            inspections: Array<{ kind: string }>;
            trip: { driver: { id: string; familyName: string; givenNames: string } };
          };
        }>;
      };
    }>(
      `{ shipments(filter: { portCode: "${PORT}" }, first: 100) { edges { node {
          shipmentControlNumber inspections { kind } trip { driver { id familyName givenNames } } } } } }`,
    );
    // a driver whose name has an accent, to search for it without one; an inspected shipment
    const nodes = found.body.data!.shipments.edges.map((edge) => edge.node);
    const accented = nodes.filter(
      (node) => withoutAccents(node.trip.driver.familyName) !== node.trip.driver.familyName,
    );
    const shipment = accented.find((node) => node.inspections.length > 0) ?? accented[0] ?? nodes[0];
    const driver = shipment.trip.driver;

    const watched = await openConsole();
    const { page } = watched;
    await signIn(page, /CBP officer/);
    await page.getByRole("link", { name: "Shipment" }).click();
    await page.getByLabel("Shipment control number").fill(shipment.shipmentControlNumber.toLowerCase());
    await page.getByRole("button", { name: "Find" }).click();
    const driverLink = page.getByRole("link", { name: `${driver.givenNames} ${driver.familyName}` });
    await driverLink.waitFor();
    await page.getByRole("heading", { name: "Inspections" }).waitFor();
    await page.getByRole("heading", { name: "Programs" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "shipment");

    // The traveller page: a search without accents or capitals finds the driver.
    await page.getByRole("link", { name: "Traveller", exact: true }).click();
    const plain = withoutAccents(driver.familyName).toLowerCase();
    await page.getByLabel("Name").fill(plain);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `${driver.familyName}, ${driver.givenNames}` }).click();
    await page.getByRole("heading", { name: `${driver.givenNames} ${driver.familyName}`, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Documents" }).waitFor();
    await page.getByRole("columnheader", { name: "Machine-readable zone" }).waitFor();
    // The driver's recent crossings link to the shipments of the trips they drove.
    await page.getByRole("heading", { name: "Recent crossings" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "traveller");
    await finish(watched);
  });

  it("switches to Spanish, with dates and numbers in Spanish, and keeps the choice", async () => {
    const watched = await openConsole(`/console/port/${PORT}?from=${WINDOW.from}&to=${WINDOW.to}`);
    const { page } = watched;
    await signIn(page, /CBP officer/);
    await page.getByRole("button", { name: "Español" }).click();
    await page.getByRole("heading", { name: "Tablero del puerto", level: 1 }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("es-MX");
    expect(
      await page.getByRole("navigation", { name: "Páginas" }).getByRole("link", { name: "Embarque" }).count(),
    ).toBe(1);
    await page.getByRole("heading", { name: "Cruces por día y por carril" }).waitFor({ timeout: 30_000 });
    // "1 nov 2026": the window's first day as Mexico writes it
    expect(await page.getByText(/1 nov 2026/).count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Español" }).getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "port-es");

    await page.reload();
    await page.getByRole("heading", { name: "Tablero del puerto", level: 1 }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("es-MX");
    await finish(watched);
  });

  it("suspends and resumes an arrangement with reasons, and shows both events", async () => {
    const watched = await openConsole("/console/arrangements");
    const { page } = watched;
    await signIn(page, /Arrangements officer/);
    const card = page.getByRole("region", { name: /^cbp-anam-ucp/ });
    await card.getByLabel("Reason for suspending").fill("Console test: a review of the UCP sites");
    await card.getByRole("button", { name: "Suspend cbp-anam-ucp" }).click();
    await card.getByRole("cell", { name: "Console test: a review of the UCP sites" }).waitFor();
    await card.getByLabel("Reason for resuming").fill("Console test: review done");
    await card.getByRole("button", { name: "Resume cbp-anam-ucp" }).click();
    await card.getByRole("cell", { name: "Console test: review done" }).waitFor();
    const actions = await card.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(actions.slice(-2)).toEqual(["Suspended", "Resumed"]);
    expect(await seriousViolations(page)).toEqual([]);
    await card.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await screenshot(page, "arrangements");

    const answer = await graph.query<{
      arrangement: { status: string; events: Array<{ action: string; reason: string }> };
    }>(`{ arrangement(id: "cbp-anam-ucp") { status events { action reason actor } } }`);
    expect(answer.body.data!.arrangement.status).toBe("ACTIVE");
    expect(answer.body.data!.arrangement.events.slice(-2)).toEqual([
      {
        action: "SUSPENDED",
        reason: "Console test: a review of the UCP sites",
        actor: "console-dev:arrangements-officer",
      },
      { action: "RESUMED", reason: "Console test: review done", actor: "console-dev:arrangements-officer" },
    ]);
    await finish(watched);
  });

  it("logs what an ANAM officer saw, and shows the auditor the log and who received the shipment", async () => {
    const found = await graph.query<{ shipments: { edges: Array<{ node: { shipmentControlNumber: string } }> } }>(
      `{ shipments(filter: { portCode: "${PORT}" }, first: 1) { edges { node { shipmentControlNumber } } } }`,
    );
    const number = found.body.data!.shipments.edges[0].node.shipmentControlNumber;

    // An ANAM officer (a partner, by default) reads the shipment: a disclosure.
    const anam = await openConsole(`/console/shipment/${number}`);
    await signIn(anam.page, /ANAM officer/);
    expect(await anam.page.getByText("ANAM · partner").isVisible()).toBe(true);
    await anam.page.getByRole("heading", { name: new RegExp(number) }).waitFor();
    await finish(anam);

    const watched = await openConsole();
    const { page } = watched;
    await signIn(page, /Auditor/);
    await page.getByRole("heading", { name: "Disclosures", level: 1 }).waitFor();
    await page.getByLabel("Recipient").selectOption("ANAM");
    await page.getByRole("button", { name: "Filter" }).click();
    await eventually(
      async () => {
        await page.reload();
        await page.getByRole("cell", { name: "console-dev:anam-officer" }).first().waitFor({ timeout: 2_000 });
      },
      { within: 20_000, every: 500 },
    );
    expect(await page.getByRole("cell", { name: /ShipmentLookup/ }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "disclosures");

    // The record's accounting: the disclosure was indexed by record as it was stored.
    await page.getByLabel("Shipment control number").fill(number);
    await page.getByRole("button", { name: "Show who received it" }).click();
    await eventually(
      async () => {
        await page.reload();
        await page.getByRole("cell", { name: /^ANAM/ }).first().waitFor({ timeout: 2_000 });
      },
      { within: 20_000, every: 500 },
    );
    expect(await page.getByRole("cell", { name: /cbp-anam/ }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "accounting");
    await finish(watched);
  });

  it("signs in through the OpenID Connect provider with PKCE, and the gateway accepts its token", async () => {
    const watched = await openConsole("/console/shipment", { allowed: [provider.issuer] });
    const { page } = watched;
    await page.getByRole("button", { name: `Sign in with ${new URL(provider.issuer).host}` }).click();
    await page.getByRole("navigation", { name: "Pages" }).waitFor();
    // back where the officer started, the code and state gone from the address
    expect(new URL(page.url()).pathname).toBe("/console/shipment");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.getByText("CBP · internal").isVisible()).toBe(true);
    const token = (await page.evaluate("sessionStorage.getItem('frontera.console.token')")) as string;
    expect(JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())).toMatchObject({
      iss: provider.issuer,
      sub: "maria.officer@cbp.example",
    });
    expect(provider.exchanges).toBe(1);
    expect(provider.refusals).toEqual([]);
    await finish(watched);
  });
});
