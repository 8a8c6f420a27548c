import { describe, expect, it } from "vitest";
import { NGINX_PLACEHOLDERS, toNginxConf } from "@/lib/headers/nginx-conf";
import { BASE_HEADERS, pageHeaders, type HeaderManifest } from "@/lib/headers/security-headers";

const manifest: HeaderManifest = {
  base: BASE_HEADERS,
  pages: {
    "/index.html": pageHeaders(["sha256-aaa"]),
    "/compare.html": pageHeaders(["sha256-bbb"]),
    "/options/bare-metal.html": pageHeaders([]),
    "/404.html": pageHeaders(["sha256-ccc"]),
    "/_not-found.html": pageHeaders(["sha256-ccc"]),
  },
  notFound: "/404.html",
  unpublished: ["/_headers", "/404.html", "/_not-found.html"],
};
const conf = toNginxConf(manifest, { root: "/srv/site/out", brotli: true });
/** The text of the server block whose first listen line is `listen`. */
const server = (listen: string) =>
  conf.split(/^server \{/m).find((block) => block.includes(`\n  listen ${listen}`))!;

describe("toNginxConf", () => {
  it("gives each page its own CSP by the file that answers, and everything else the base one", () => {
    expect(conf).toMatch(/map \$uri \$deployment_advisor_csp \{\n {2}default "default-src 'none';/);
    expect(conf).toContain(
      `/compare.html "${pageHeaders(["sha256-bbb"])["Content-Security-Policy"]}";`,
    );
    expect(conf).toContain(
      `/index.html "${pageHeaders(["sha256-aaa"])["Content-Security-Policy"]}";`,
    );
  });

  it("rejects every host but the site's, on both ports", () => {
    const fallback = server("80 default_server;");
    expect(fallback).toContain("listen 443 ssl http2 default_server;");
    expect(fallback).toContain("ssl_reject_handshake on;");
    expect(fallback).toContain("return 444;");
  });

  it("only redirects plain HTTP to HTTPS, without HSTS", () => {
    const plain = server("80;");
    expect(plain).toContain("return 301 https://$host$request_uri;");
    expect(plain).not.toContain("Strict-Transport-Security");
    expect(plain).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(plain).not.toMatch(/^\s*(location|root)\b/m);
  });

  it("serves the site over HTTPS with HSTS and every header on every answer", () => {
    const https = server("443 ssl http2;");
    for (const name of Object.keys(BASE_HEADERS).filter((n) => n !== "Content-Security-Policy"))
      expect(https).toContain(`add_header ${name} "`);
    expect(https).toContain("add_header Content-Security-Policy $deployment_advisor_csp always;");
    expect(https).toContain("add_header Cache-Control $deployment_advisor_cache always;");
    // A location with add_header of its own would drop the server's.
    expect(
      https
        .split(/^\s*location /m)
        .slice(1)
        .join(""),
    ).not.toContain("add_header");
    expect(https.match(/add_header [^\n]*always;/g)?.length).toBe(
      https.match(/add_header/g)?.length,
    );
  });

  it("names the lines a deployer edits", () => {
    const edits = conf.split("\n").filter((l) => l.includes("# EDIT"));
    expect(edits).toEqual([
      `  server_name ${NGINX_PLACEHOLDERS.serverName}; # EDIT: your host name`,
      `  server_name ${NGINX_PLACEHOLDERS.serverName}; # EDIT: your host name`,
      `  ssl_certificate ${NGINX_PLACEHOLDERS.certificate}; # EDIT: certificate chain`,
      `  ssl_certificate_key ${NGINX_PLACEHOLDERS.certificateKey}; # EDIT: its private key`,
    ]);
  });

  it("compresses, with Vary, and names the charset of text", () => {
    expect(conf).toContain("gzip_static on;\n  gzip_vary on;\n  brotli_static on;");
    expect(conf).toMatch(/charset utf-8;\n {2}charset_types [^;]*application\/json/);
  });

  it("writes brotli_static commented out, with how to enable it, for an nginx without it", () => {
    const without = toNginxConf(manifest, { root: "/srv/site/out", brotli: false });
    expect(without).not.toMatch(/^\s*brotli_static/m);
    expect(without).toContain("# brotli_static on;");
    expect(without).toContain("libnginx-mod-http-brotli-static");
  });

  it("routes clean URLs to pages, and nothing to unpublished files", () => {
    const https = server("443 ssl http2;");
    expect(https).toContain("location = / { try_files /index.html =404; }");
    expect(https).toContain("location = /compare { try_files /compare.html =404; }");
    expect(https).toContain(
      "location = /options/bare-metal { try_files /options/bare-metal.html =404; }",
    );
    expect(https).not.toMatch(/location = \/(404|_not-found) /);
    expect(https).toContain("error_page 404 /404.html;\n  location = /404.html { internal; }");
    expect(https).toContain("location ~* ^/_headers(?:/|$) { return 404; }");
    expect(https).toContain("location ~* ^/_not-found\\.html(?:/|$) { return 404; }");
    expect(https).toContain("root /srv/site/out;");
  });
});
