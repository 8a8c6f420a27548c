import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serverReady, type RunningServer } from "./embedded-server";
import { freePort } from "./ports";

/** The nginx binary (NGINX_PATH, PATH, or Debian's), or null when it is not installed. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx"];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter))
    if (dir) candidates.push(path.join(dir, "nginx"));
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface NginxPaths {
  port: number;
  /** The site to serve (out/). */
  root: string;
  /** A scratch directory for everything nginx writes: pid, logs, temp files. */
  prefix: string;
  mimeTypes: string;
}

/**
 * A complete nginx.conf around the server block postbuild writes (out/_deploy/nginx.conf),
 * with only its `listen` and `root` replaced, so the bench serves exactly what is deployed.
 * One worker: the embedded server it is compared with is one Node process too, and on a
 * 2-core machine the load generator needs the other core.
 */
export function wrapServerBlock(serverBlock: string, p: NginxPaths): string {
  const replaceOne = (text: string, directive: string, value: string) => {
    // A directive starts a line or follows `{` or `;`.
    const re = new RegExp(`(?<=^|[{;])(\\s*)${directive}\\s+[^;]+;`, "gm");
    const found = text.match(re)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `out/_deploy/nginx.conf should have one \`${directive}\` line, found ${found}; has scripts/postbuild.ts changed what it writes?`,
      );
    return text.replace(re, `$1${directive} ${value};`);
  };
  const server = replaceOne(
    replaceOne(serverBlock, "listen", `127.0.0.1:${p.port}`),
    "root",
    p.root,
  );
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `  ${t}_temp_path ${path.join(p.prefix, `${t}_temp`)};`)
    .join("\n");
  return `worker_processes 1;
pid ${path.join(p.prefix, "nginx.pid")};
error_log ${path.join(p.prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  include ${p.mimeTypes};
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${temp}

${server}
}
`;
}

/** The mime.types beside nginx's own compiled-in configuration file. */
function mimeTypesOf(nginx: string): string {
  const info = execFileSync(nginx, ["-V"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const confPath = /--conf-path=(\S+)/.exec(info)?.[1] ?? "/etc/nginx/nginx.conf";
  const mime = path.join(path.dirname(confPath), "mime.types");
  if (!existsSync(mime)) throw new Error(`nginx's mime.types is not at ${mime}`);
  return mime;
}

/** Starts nginx on a free port, serving `outDir` with the server block postbuild wrote there. */
export async function startNginx(
  nginx: string,
  outDir: string,
  scratch: string,
): Promise<RunningServer> {
  const prefix = path.join(scratch, "nginx");
  mkdirSync(prefix, { recursive: true });
  const port = await freePort();
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    wrapServerBlock(readFileSync(path.join(outDir, "_deploy/nginx.conf"), "utf8"), {
      port,
      root: outDir,
      prefix,
      mimeTypes: mimeTypesOf(nginx),
    }),
  );
  const errorLog = path.join(prefix, "error.log");
  // -e: without it nginx first opens its compiled-in log under /var/log, before reading -c.
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-e", errorLog, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return serverReady(child, port, (e) => {
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
    return new Error(`${e instanceof Error ? e.message : String(e)}\n${stderr}${log}`.trim());
  });
}
