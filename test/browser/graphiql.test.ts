import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestGraph } from "@frontera/testing";
import { type Browser, chromium } from "playwright-core";
import { startWholeGraph } from "../support/whole-graph";

// GraphiQL at the gateway's root, in a real browser (Debian's chromium): it needs nothing from
// the internet, takes a token, shows the token's contract and runs the canonical operations.
// `UPDATE_SCREENSHOTS=1` writes the README's screenshot (docs/images/graphiql.png).

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");

let graph: TestGraph;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  graph = await startWholeGraph();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await graph?.stop();
});

describe("GraphiQL at /", () => {
  it("runs ShipmentDossier with a token, offline, and explores the token's contract", async () => {
    const origin = new URL(graph.gatewayUrl).origin;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) elsewhere.push(url);
    });
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));

    await page.goto(`${origin}/`);
    await page.getByLabel("Bearer token").fill(await graph.auth.token());
    await page.getByRole("button", { name: "Use token" }).click();
    await page.getByRole("status").filter({ hasText: "this token's contract" }).waitFor();

    // The first tab is ShipmentDossier, with its variables (port 2304, 10 shipments).
    await page.locator(".graphiql-query-editor").getByText("ShipmentDossier").first().waitFor();
    await page.getByRole("button", { name: /Execute query/ }).click();
    const result = page.locator(".result-window");
    await result.getByText("shipmentControlNumber").first().waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain('"totalCount"');

    // The docs explorer reads the schema the gateway gave this token.
    await page.getByRole("button", { name: /Documentation Explorer/ }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();

    const screenshot = process.env.UPDATE_SCREENSHOTS
      ? join(ROOT, "docs", "images", "graphiql.png")
      : join(tmpdir(), "frontera-graphiql.png");
    mkdirSync(join(screenshot, ".."), { recursive: true });
    await page.screenshot({ path: screenshot });

    expect(elsewhere).toEqual([]);
    expect(failures).toEqual([]);
    // The token stays with the tab only.
    // (run in the page: its globals, not Node's)
    expect(await page.evaluate("sessionStorage.getItem('frontera.token')")).toMatch(/^ey/);
    expect(await page.evaluate("localStorage.length")).toBe(0);
    await page.close();
  });
});
