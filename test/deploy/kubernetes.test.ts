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
    },
  );

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
