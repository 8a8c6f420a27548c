import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The nginx binary (NGINX_PATH, Debian's /usr/sbin/nginx, or PATH), or null when there is none. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx"];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter))
    if (dir) candidates.push(path.join(dir, "nginx"));
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface NginxBuild {
  /** Its mime.types, beside its compiled-in nginx.conf. */
  mimeTypes: string;
  /** The dynamic brotli_static module it can load, or null (static builds report it by name). */
  brotliStaticModule: string | null;
  /** True when brotli_static is available at all (compiled in, or as that module). */
  hasBrotliStatic: boolean;
}

/** What `nginx -V` says about where its files are and which modules it has. */
export function nginxBuild(nginx: string): NginxBuild {
  const run = spawnSync(nginx, ["-V"], { encoding: "utf8" });
  if (run.error || run.status !== 0)
    throw new Error(`\`${nginx} -V\` failed: ${run.error?.message ?? run.stderr}`);
  // nginx -V writes to stderr.
  const all = run.stdout + run.stderr;
  const confPath = /--conf-path=(\S+)/.exec(all)?.[1] ?? "/etc/nginx/nginx.conf";
  const modulesPath = /--modules-path=(\S+)/.exec(all)?.[1] ?? "/usr/lib/nginx/modules";
  const brotliModule = path.join(modulesPath, "ngx_http_brotli_static_module.so");
  const brotliStaticModule = existsSync(brotliModule) ? brotliModule : null;
  return {
    mimeTypes: path.join(path.dirname(confPath), "mime.types"),
    brotliStaticModule,
    hasBrotliStatic: brotliStaticModule !== null || /brotli/i.test(all),
  };
}
