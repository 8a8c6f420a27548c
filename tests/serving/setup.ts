import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  LOCAL_HOST,
  makeLocalCertificate,
  nginxBinary,
  startNginx,
} from "../../scripts/bench/support/nginx";
import { OUT_DIR } from "../built-site";

declare module "vitest" {
  export interface ProvidedContext {
    /** nginx running deploy/nginx.conf over out/, under LOCAL_HOST (see serving.vitest.config.ts). */
    nginx: { host: string; httpPort: number; httpsPort: number };
  }
}

/**
 * For the serving checks: makes a throwaway certificate authority and a certificate for
 * localhost, trusts it in the test workers through NODE_EXTRA_CA_CERTS (Node reads it only when
 * a process starts, and the workers start after this), starts Debian's nginx with the generated
 * configuration on free ports (NGINX_TEST_PORTS, default 8400-8499), and gives the MDN HTTP
 * Observatory the HSTS preload list its install script would have downloaded: an empty one, as
 * no local host name is on the real list.
 */
export default async function setup(project: TestProject) {
  const nginx = nginxBinary();
  if (!nginx)
    throw new Error(
      "No nginx found (NGINX_PATH, /usr/sbin/nginx or PATH): apt-get install nginx libnginx-mod-http-brotli-static",
    );
  const preload = path.join(
    path.dirname(createRequire(import.meta.url).resolve("@mdn/mdn-http-observatory/package.json")),
    "conf/hsts-preload.json",
  );
  if (!existsSync(preload)) writeFileSync(preload, "{}\n");

  const scratch = mkdtempSync(path.join(tmpdir(), "serving-checks-"));
  const certificate = makeLocalCertificate(path.join(scratch, "tls"));
  process.env.NODE_EXTRA_CA_CERTS = certificate.ca;
  const server = await startNginx(
    nginx,
    OUT_DIR,
    scratch,
    certificate,
    process.env.NGINX_TEST_PORTS ?? "8400-8499",
  );
  project.provide("nginx", {
    host: LOCAL_HOST,
    httpPort: server.httpPort,
    httpsPort: server.httpsPort,
  });
  return async () => {
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
}
