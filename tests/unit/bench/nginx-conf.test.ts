import { describe, expect, it } from "vitest";
import { localNginxConf, type LocalNginx } from "../../../scripts/bench/support/nginx";
import { toNginxConf } from "../../../lib/headers/nginx-conf";
import type { HeaderManifest } from "../../../lib/headers/security-headers";

const local: LocalNginx = {
  httpPort: 8480,
  httpsPort: 8443,
  root: "/tmp/site",
  certificate: "/tmp/tls/site.pem",
  certificateKey: "/tmp/tls/site.key",
  prefix: "/tmp/ngx",
  mimeTypes: "/etc/nginx/mime.types",
  brotliStaticModule: "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
  hasBrotliStatic: true,
};
const manifest: HeaderManifest = {
  base: { "X-Test": "1", "Content-Security-Policy": "default-src 'none'" },
  pages: { "/index.html": { "X-Test": "1", "Content-Security-Policy": "script-src 'self'" } },
  notFound: "/index.html",
  unpublished: ["/_headers"],
};
const deployed = (brotli: boolean) => toNginxConf(manifest, { root: "/build/out", brotli });

describe("localNginxConf", () => {
  const conf = localNginxConf(deployed(true), local);

  it("listens on the given local ports instead of 80 and 443, and redirects to the local one", () => {
    expect(conf.match(/listen 127\.0\.0\.1:8480\b/g)).toHaveLength(2);
    expect(conf.match(/listen 127\.0\.0\.1:8443 ssl http2\b/g)).toHaveLength(2);
    expect(conf).not.toMatch(/^\s*listen (80|443)\b/m);
    expect(conf).toContain("return 301 https://$host:8443$request_uri;");
  });

  it("fills in the lines a deployer edits, and the root", () => {
    expect(conf.match(/server_name localhost;/g)).toHaveLength(2);
    expect(conf).toContain("ssl_certificate /tmp/tls/site.pem;");
    expect(conf).toContain("ssl_certificate_key /tmp/tls/site.key;");
    expect(conf).toContain("root /tmp/site;");
    expect(conf).not.toContain("deployment-advisor.example");
    expect(conf).not.toContain("/build/out");
  });

  it("keeps the deployed configuration otherwise", () => {
    expect(conf).toContain("gzip_static on;");
    expect(conf).toContain('add_header X-Test "1" always;');
    expect(conf).toContain(deployed(true).split("map $uri")[1]!.split("server {")[0]);
  });

  it("loads the brotli module only when the configuration uses it", () => {
    expect(conf.startsWith(`load_module ${local.brotliStaticModule};\n`)).toBe(true);
    expect(localNginxConf(deployed(false), local)).not.toContain("load_module");
    expect(() => localNginxConf(deployed(true), { ...local, hasBrotliStatic: false })).toThrow(
      /no ngx_http_brotli_static_module/,
    );
  });

  it("keeps everything nginx writes under the prefix", () => {
    for (const line of conf.split("\n").filter((l) => /(pid|error_log|_temp_path) /.test(l)))
      expect(line).toContain("/tmp/ngx/");
    expect(conf).toContain("include /etc/nginx/mime.types;");
  });

  it("refuses a configuration it cannot rewrite safely", () => {
    const block = deployed(true);
    expect(() => localNginxConf(block.replace("listen 80;", ""), local)).toThrow(/listen 80/);
    expect(() => localNginxConf(`${block}\nserver {\n  listen 443 ssl;\n}`, local)).toThrow(
      /2 match\(es\).*found 3/,
    );
    expect(() => localNginxConf(block.replace(/root \S+;/, ""), local)).toThrow(/root/);
  });
});
