import { type RegisteredDocuments } from "@frontera/operations";
import express from "express";
import { IDE_CONTENT_SECURITY_POLICY, ideAssetsDir, idePage } from "./ide-page";

/** GraphiQL at / and /ide, bundled at build time (packages/ide): nothing comes from the internet. */
export function serveIde(app: express.Express, documents: RegisteredDocuments): void {
  const assets = ideAssetsDir();
  if (assets) app.use("/ide/assets", express.static(assets, { maxAge: "1h" }));
  app.get(["/", "/ide"], (_request, response) => {
    if (!assets) {
      response.status(503).type("text/plain").send("GraphiQL is not built: run pnpm build");
      return;
    }
    response.set("content-security-policy", IDE_CONTENT_SECURITY_POLICY);
    response.type("html").send(idePage("/graphql", "/ide/assets", documents));
  });
}
