import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NGINX_PLACEHOLDERS } from "../../../lib/headers/nginx-conf";
import { nginxBuild } from "../../serve/nginx";
import { serverReady, type RunningServer } from "./embedded-server";
import { freePort } from "./ports";

export { nginxBinary } from "../../serve/nginx";

/** The host name the local nginx serves the site under (its certificate names it too). */
export const LOCAL_HOST = "localhost";

export interface LocalNginx {
  httpPort: number;
  httpsPort: number;
  /** The site to serve (out/). */
  root: string;
  certificate: string;
  certificateKey: string;
  /** A scratch directory for everything nginx writes: pid, logs, temp files. */
  prefix: string;
  mimeTypes: string;
  /** The module to load for `brotli_static`, when this nginx has it as a dynamic module. */
  brotliStaticModule: string | null;
  /** Whether this nginx has brotli_static at all (compiled in, or as that module). */
  hasBrotliStatic: boolean;
}

/**
 * A complete nginx.conf around the configuration postbuild writes (deploy/nginx.conf), for
 * running it on this machine. Only what a deployment changes is replaced, each where it is
 * expected and nowhere else: the lines marked EDIT (host name, certificate), the root, and the
 * ports (80 and 443 become free local ports, so the redirect names the HTTPS port). Everything
 * else is served exactly as deployed. One worker: the embedded server it is compared with is
 * one Node process too, and on a 2-core machine the client needs the other core.
 */
export function localNginxConf(siteConf: string, p: LocalNginx): string {
  const replace = (text: string, find: RegExp, by: string, count: number) => {
    const found = text.match(find)?.length ?? 0;
    if (found !== count)
      throw new Error(
        `deploy/nginx.conf should have ${count} match(es) of ${find}, found ${found}; has lib/headers/nginx-conf.ts changed what it writes?`,
      );
    return text.replace(find, by);
  };
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let conf = siteConf;
  conf = replace(conf, /(?<=^\s*)listen 80\b/gm, `listen 127.0.0.1:${p.httpPort}`, 2);
  conf = replace(conf, /(?<=^\s*)listen 443\b/gm, `listen 127.0.0.1:${p.httpsPort}`, 2);
  conf = replace(
    conf,
    new RegExp(`(?<=^\\s*server_name )${escape(NGINX_PLACEHOLDERS.serverName)};`, "gm"),
    `${LOCAL_HOST};`,
    2,
  );
  conf = replace(conf, /(?<=^\s*ssl_certificate )\S+;/gm, `${p.certificate};`, 1);
  conf = replace(conf, /(?<=^\s*ssl_certificate_key )\S+;/gm, `${p.certificateKey};`, 1);
  conf = replace(conf, /(?<=^\s*root )\S+;/gm, `${p.root};`, 1);
  conf = replace(
    conf,
    /return 301 https:\/\/\$host\$request_uri;/g,
    `return 301 https://$host:${p.httpsPort}$request_uri;`,
    1,
  );
  const usesBrotli = /^\s*brotli_static on;/m.test(conf);
  if (usesBrotli && !p.hasBrotliStatic)
    throw new Error(
      "deploy/nginx.conf uses brotli_static, but this nginx has no ngx_http_brotli_static_module to load",
    );
  const loadBrotli =
    usesBrotli && p.brotliStaticModule ? `load_module ${p.brotliStaticModule};\n` : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `  ${t}_temp_path ${path.join(p.prefix, `${t}_temp`)};`)
    .join("\n");
  return `${loadBrotli}worker_processes 1;
pid ${path.join(p.prefix, "nginx.pid")};
error_log ${path.join(p.prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  include ${p.mimeTypes};
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${temp}

${conf}
}
`;
}

/** A throwaway certificate authority and a certificate it signed for LOCAL_HOST. */
export interface LocalCertificate {
  /** The authority's certificate: trust it with NODE_EXTRA_CA_CERTS. */
  ca: string;
  certificate: string;
  certificateKey: string;
}

/** Makes a LocalCertificate in `dir` with openssl (P-256 keys, valid for two days). */
export function makeLocalCertificate(dir: string): LocalCertificate {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const openssl = (args: string[]) =>
    execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl([
    "req", "-x509", ...ecKey, "-keyout", file("ca.key"), "-out", file("ca.pem"), "-days", "2",
    "-subj", "/CN=Deployment Advisor test CA (throwaway)",
    "-addext", "basicConstraints=critical,CA:TRUE",
    "-addext", "keyUsage=critical,keyCertSign,cRLSign",
  ]); // prettier-ignore
  openssl(["req", ...ecKey, "-keyout", file("site.key"), "-out", file("site.csr"), "-subj", `/CN=${LOCAL_HOST}`]); // prettier-ignore
  writeFileSync(
    file("site.ext"),
    `subjectAltName=DNS:${LOCAL_HOST},IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  openssl([
    "x509", "-req", "-in", file("site.csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"),
    "-CAcreateserial", "-out", file("site.pem"), "-days", "2", "-extfile", file("site.ext"),
  ]); // prettier-ignore
  return { ca: file("ca.pem"), certificate: file("site.pem"), certificateKey: file("site.key") };
}

export interface RunningNginx extends RunningServer {
  /** `https://localhost:<port>`: the site as deployed. */
  httpsOrigin: string;
  /** `http://localhost:<port>`: the port-80 server, which only redirects. */
  httpOrigin: string;
  httpsPort: number;
  httpPort: number;
}

/**
 * Starts nginx with deploy/nginx.conf (beside `outDir`) on two free local ports from `ports`
 * (as BENCH_PORTS is written; the bench's range unless given), serving `outDir` under
 * LOCAL_HOST with `certificate`; resolves once it answers.
 */
export async function startNginx(
  nginx: string,
  outDir: string,
  scratch: string,
  certificate: LocalCertificate,
  ports?: string,
): Promise<RunningNginx> {
  const prefix = path.join(scratch, "nginx");
  mkdirSync(prefix, { recursive: true });
  const [httpPort, httpsPort] = [await freePort(ports), await freePort(ports)];
  const build = nginxBuild(nginx);
  if (!existsSync(build.mimeTypes))
    throw new Error(`nginx's mime.types is not at ${build.mimeTypes}`);
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    localNginxConf(readFileSync(path.join(outDir, "../deploy/nginx.conf"), "utf8"), {
      httpPort,
      httpsPort,
      root: outDir,
      certificate: certificate.certificate,
      certificateKey: certificate.certificateKey,
      prefix,
      mimeTypes: build.mimeTypes,
      brotliStaticModule: build.brotliStaticModule,
      hasBrotliStatic: build.hasBrotliStatic,
    }),
  );
  const errorLog = path.join(prefix, "error.log");
  // -e: without it nginx first opens its compiled-in log under /var/log, before reading -c.
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-e", errorLog, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  // The port-80 server answers LOCAL_HOST with a redirect as soon as nginx is up.
  const httpOrigin = `http://${LOCAL_HOST}:${httpPort}`;
  const running = await serverReady(child, httpOrigin, (e) => {
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
    return new Error(`${e instanceof Error ? e.message : String(e)}\n${stderr}${log}`.trim());
  });
  return {
    ...running,
    httpOrigin,
    httpsOrigin: `https://${LOCAL_HOST}:${httpsPort}`,
    httpPort,
    httpsPort,
  };
}
