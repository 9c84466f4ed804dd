import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

// The Kubernetes manifests, checked offline (no cluster here): every service runs replicated,
// as non-root, with liveness on /health, readiness on /ready and resource limits; migrations run
// once, as a Job.

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const manifests: Manifest[] = parseAllDocuments(
  readFileSync(join(__dirname, "..", "..", "docker", "kubernetes", "frontera.yaml"), "utf8"),
).map((document) => {
  expect(document.errors).toEqual([]);
  return document.toJS() as Manifest;
});
const deployments = manifests.filter((manifest) => manifest.kind === "Deployment");

describe("Kubernetes manifests", () => {
  it("deploy the gateway and the three subgraphs, each behind a Service on its port", () => {
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual([
      "agreements",
      "cargo",
      "gateway",
      "travellers",
    ]);
    for (const deployment of deployments) {
      const port = deployment.spec.template.spec.containers[0].ports[0].containerPort;
      const service = manifests.find(
        (manifest) => manifest.kind === "Service" && manifest.metadata.name === deployment.metadata.name,
      );
      expect(service?.spec.ports[0]).toEqual({ port, targetPort: port });
      expect(service?.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    }
  });

  it.each(["agreements", "cargo", "travellers", "gateway"])(
    "run %s replicated, non-root, probed and limited",
    (name) => {
      const deployment = deployments.find((candidate) => candidate.metadata.name === name)!;
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];
      const port = container.ports[0].containerPort;

      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(container.livenessProbe.httpGet).toEqual({ path: "/health", port });
      expect(container.readinessProbe.httpGet).toEqual({ path: "/ready", port });
      expect(container.resources.limits).toEqual({ cpu: expect.anything(), memory: expect.any(String) });
      expect(container.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.any(String) });
      expect(container.envFrom).toContainEqual({ secretRef: { name: "frontera-signing-keys" } });
      // the gateway signs every subgraph request with it, the subgraphs check it
      expect(container.envFrom).toContainEqual({ secretRef: { name: "frontera-subgraph-secret" } });
      // a subgraph listens on loopback unless told otherwise; in a pod it must not
      if (name !== "gateway") expect(container.env).toContainEqual({ name: "HOST", value: "0.0.0.0" });
    },
  );

  it("point cargo's crossing relay at travellers' Service", () => {
    const cargo = deployments.find((candidate) => candidate.metadata.name === "cargo")!;
    expect(cargo.spec.template.spec.containers[0].env).toContainEqual({
      name: "TRAVELLERS_URL",
      value: "http://travellers:4003/graphql",
    });
  });

  it("let only the gateway reach each subgraph, the subgraphs reach agreements and cargo travellers", () => {
    const policies = manifests.filter((manifest) => manifest.kind === "NetworkPolicy");
    const callers: Record<string, string[]> = {
      agreements: ["gateway", "cargo", "travellers"],
      cargo: ["gateway"],
      // cargo's crossing relay delivers trip crossings
      travellers: ["gateway", "cargo"],
    };
    expect(policies.map((policy) => policy.metadata.name).sort()).toEqual(Object.keys(callers));
    for (const [subgraph, allowed] of Object.entries(callers)) {
      const policy = policies.find((candidate) => candidate.metadata.name === subgraph)!;
      const deployment = deployments.find((candidate) => candidate.metadata.name === subgraph)!;
      const port = deployment.spec.template.spec.containers[0].ports[0].containerPort;
      expect(policy.metadata.namespace).toBe(deployment.metadata.namespace);
      expect(policy.spec.podSelector).toEqual(deployment.spec.selector);
      expect(policy.spec.policyTypes).toEqual(["Ingress"]);
      expect(policy.spec.ingress).toEqual([
        { from: allowed.map((caller) => ({ podSelector: { matchLabels: { app: caller } } })), ports: [{ port }] },
      ]);
    }
  });

  it("give the subgraph secret's Secret an example beside the others", () => {
    const examples = parseAllDocuments(
      readFileSync(join(__dirname, "..", "..", "docker", "kubernetes", "secrets.example.yaml"), "utf8"),
    ).map((document) => document.toJS() as Manifest);
    const secret = examples.find((example) => example.metadata.name === "frontera-subgraph-secret");
    expect(Object.keys(secret?.stringData ?? {})).toEqual(["FRONTERA_SUBGRAPH_SECRET"]);
  });

  it("apply migrations once, as a Job, before the subgraphs serve", () => {
    const job = manifests.find((manifest) => manifest.kind === "Job");
    // each subgraph's own image migrates its own schema
    expect(
      job?.spec.template.spec.containers.map((container: Manifest) => [container.image, container.command]),
    ).toEqual([
      ["frontera-agreements:latest", ["node", "dist/index.js", "migrate"]],
      ["frontera-cargo:latest", ["node", "dist/index.js", "migrate"]],
      ["frontera-travellers:latest", ["node", "dist/index.js", "migrate"]],
    ]);
    for (const name of ["agreements", "cargo", "travellers"]) {
      const env = deployments.find((deployment) => deployment.metadata.name === name)!.spec.template.spec.containers[0]
        .env;
      expect(env).toContainEqual({ name: "SEED_ON_EMPTY", value: "false" });
    }
  });
});
