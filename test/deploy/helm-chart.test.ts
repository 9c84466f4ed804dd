import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

// The Helm chart, linted and rendered by the real helm binary (scripts/install-helm.sh puts it in
// .tools/; CI always has it), then checked like the plain manifests: replicated, non-root, probed,
// limited services, and migrations as a hook that runs before install and upgrade.

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = join(__dirname, "..", "..");
const chart = join(root, "docker", "helm", "frontera");
const helm = process.env.HELM_BIN ?? (existsSync(join(root, ".tools", "helm")) ? join(root, ".tools", "helm") : "helm");
const helmRuns = (() => {
  try {
    execFileSync(helm, ["version", "--short"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!helmRuns && process.env.CI === "true")
  throw new Error(`CI needs helm: run scripts/install-helm.sh (tried ${helm})`);

function render(...set: string[]): Manifest[] {
  const args = ["template", "frontera", chart, "--namespace", "frontera", ...set.flatMap((value) => ["--set", value])];
  return parseAllDocuments(execFileSync(helm, args, { encoding: "utf8" }))
    .map((document) => {
      expect(document.errors).toEqual([]);
      return document.toJS() as Manifest;
    })
    .filter(Boolean);
}

const SERVICES = { agreements: 4001, cargo: 4002, gateway: 4000, travellers: 4003 };

(helmRuns ? describe : describe.skip)("Helm chart docker/helm/frontera", () => {
  it("passes helm lint --strict", () => {
    expect(execFileSync(helm, ["lint", "--strict", chart], { encoding: "utf8" })).toMatch(/0 chart\(s\) failed/);
  });

  const manifests = helmRuns ? render() : [];
  const byKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);

  it.each(Object.entries(SERVICES))(
    "runs %s replicated, non-root, probed and limited, behind a Service",
    (name, port) => {
      const deployment = byKind("Deployment").find((candidate) => candidate.metadata.name === `frontera-${name}`)!;
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];

      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(container.image).toBe(`frontera-${name}:latest`);
      expect(container.ports).toEqual([{ containerPort: port }]);
      expect(container.livenessProbe.httpGet).toEqual({ path: "/health", port });
      expect(container.readinessProbe.httpGet).toEqual({ path: "/ready", port });
      expect(container.resources.limits).toEqual({ cpu: expect.anything(), memory: expect.any(String) });
      expect(container.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.any(String) });
      expect(container.envFrom).toContainEqual({ secretRef: { name: "frontera-signing-keys" } });
      // the gateway signs every subgraph request with it, the subgraphs check it
      expect(container.envFrom).toContainEqual({ secretRef: { name: "frontera-subgraph-secret" } });
      if (name !== "gateway") {
        expect(container.env).toContainEqual({ name: "SEED_ON_EMPTY", value: "false" });
        // a subgraph listens on loopback unless told otherwise; in a pod it must not
        expect(container.env).toContainEqual({ name: "HOST", value: "0.0.0.0" });
        expect(container.envFrom).toContainEqual({ secretRef: { name: "frontera-database" } });
      }

      const service = byKind("Service").find((candidate) => candidate.metadata.name === `frontera-${name}`);
      expect(service?.spec.ports).toEqual([{ port, targetPort: port }]);
      expect(service?.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      const budget = byKind("PodDisruptionBudget").find((candidate) => candidate.metadata.name === `frontera-${name}`);
      expect(budget?.spec).toEqual({ minAvailable: 1, selector: deployment.spec.selector });
    },
  );

  it("points cargo's crossing relay at travellers' Service", () => {
    const cargo = byKind("Deployment").find((candidate) => candidate.metadata.name === "frontera-cargo")!;
    expect(cargo.spec.template.spec.containers[0].env).toContainEqual({
      name: "TRAVELLERS_URL",
      value: "http://frontera-travellers:4003/graphql",
    });
  });

  it("points the gateway at each subgraph's Service", () => {
    const gateway = byKind("Deployment").find((candidate) => candidate.metadata.name === "frontera-gateway")!;
    expect(gateway.spec.template.spec.containers[0].env).toEqual(
      expect.arrayContaining([
        { name: "AGREEMENTS_URL", value: "http://frontera-agreements:4001/graphql" },
        { name: "CARGO_URL", value: "http://frontera-cargo:4002/graphql" },
        { name: "TRAVELLERS_URL", value: "http://frontera-travellers:4003/graphql" },
        // production's choice: partner tokens run only registered documents
        { name: "TRUSTED_DOCUMENTS", value: "partners" },
      ]),
    );
  });

  it("lets only the gateway's pods reach each subgraph, the subgraphs reach agreements and cargo travellers", () => {
    const labels = (name: string) => ({
      "app.kubernetes.io/name": name,
      "app.kubernetes.io/instance": "frontera",
      "app.kubernetes.io/part-of": "frontera",
    });
    const policies = byKind("NetworkPolicy");
    expect(policies.map((policy) => policy.metadata.name).sort()).toEqual([
      "frontera-agreements",
      "frontera-cargo",
      "frontera-travellers",
    ]);
    const callers: Record<string, string[]> = {
      agreements: ["gateway", "cargo", "travellers"],
      cargo: ["gateway"],
      // cargo's crossing relay delivers trip crossings
      travellers: ["gateway", "cargo"],
    };
    for (const [subgraph, allowed] of Object.entries(callers)) {
      const policy = policies.find((candidate) => candidate.metadata.name === `frontera-${subgraph}`)!;
      const deployment = byKind("Deployment").find((candidate) => candidate.metadata.name === `frontera-${subgraph}`)!;
      expect(policy.spec.podSelector).toEqual(deployment.spec.selector);
      expect(policy.spec.policyTypes).toEqual(["Ingress"]);
      expect(policy.spec.ingress).toEqual([
        {
          from: allowed.map((caller) => ({ podSelector: { matchLabels: labels(caller) } })),
          ports: [{ port: SERVICES[subgraph as keyof typeof SERVICES] }],
        },
      ]);
    }
    expect(byKind("NetworkPolicy").some((policy) => policy.metadata.name === "frontera-gateway")).toBe(false);
    expect(render("networkPolicy.enabled=false").some((manifest) => manifest.kind === "NetworkPolicy")).toBe(false);
  });

  it("migrates every subgraph with its own image in a hook before install and upgrade", () => {
    const [job] = byKind("Job");
    expect(job.metadata.annotations).toMatchObject({
      "helm.sh/hook": "pre-install,pre-upgrade",
      "helm.sh/hook-delete-policy": "before-hook-creation,hook-succeeded",
    });
    expect(job.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(
      job.spec.template.spec.containers.map((container: Manifest) => [container.image, container.command]),
    ).toEqual(
      ["agreements", "cargo", "travellers"].map((name) => [
        `frontera-${name}:latest`,
        ["node", "dist/index.js", "migrate"],
      ]),
    );
  });

  it("takes replicas, images, Redis and tracing from values", () => {
    const custom = render(
      "gateway.replicas=4",
      "image.registry=registry.example/",
      "image.tag=1.2.3",
      "gateway.env.REDIS_URL=redis://redis:6379",
      "tracing.OTEL_TRACES_EXPORTER=otlp",
      "gateway.supergraphConfigMap=frontera-supergraph",
    );
    const deployments = custom.filter((manifest) => manifest.kind === "Deployment");
    const gateway = deployments.find((candidate) => candidate.metadata.name === "frontera-gateway")!;
    expect(gateway.spec.replicas).toBe(4);
    expect(gateway.spec.template.spec.containers[0].image).toBe("registry.example/frontera-gateway:1.2.3");
    expect(gateway.spec.template.spec.containers[0].env).toContainEqual({
      name: "REDIS_URL",
      value: "redis://redis:6379",
    });
    for (const deployment of deployments)
      expect(deployment.spec.template.spec.containers[0].env).toContainEqual({
        name: "OTEL_TRACES_EXPORTER",
        value: "otlp",
      });
  });
});
