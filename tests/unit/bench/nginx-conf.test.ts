import { describe, expect, it } from "vitest";
import { wrapServerBlock } from "../../../scripts/bench/support/nginx";
import { toNginxConf } from "../../../lib/headers/security-headers";

const paths = {
  port: 3555,
  root: "/tmp/site",
  prefix: "/tmp/ngx",
  mimeTypes: "/etc/nginx/mime.types",
};
const block = toNginxConf(
  { base: { "X-Test": "1" }, pages: { "/index.html": { "X-Test": "1" } }, notFound: "/index.html" },
  "/build/out",
  8080,
);

describe("wrapServerBlock", () => {
  const conf = wrapServerBlock(block, paths);

  it("serves the given root on the given local port instead of the deployed ones", () => {
    expect(conf).toContain("listen 127.0.0.1:3555;");
    expect(conf).toContain("root /tmp/site;");
    expect(conf).not.toContain("8080");
    expect(conf).not.toContain("/build/out");
  });

  it("keeps the deployed server block otherwise", () => {
    expect(conf).toContain("gzip_static on;");
    expect(conf).toContain('add_header X-Test "1" always;');
  });

  it("keeps everything nginx writes under the prefix", () => {
    for (const line of conf.split("\n").filter((l) => /(pid|error_log|_temp_path) /.test(l)))
      expect(line).toContain("/tmp/ngx/");
    expect(conf).toContain("include /etc/nginx/mime.types;");
  });

  it("refuses a block it cannot rewrite safely", () => {
    expect(() => wrapServerBlock(block.replace(/listen \d+;/, ""), paths)).toThrow(/one `listen`/);
    expect(() => wrapServerBlock(`${block}\nserver { listen 81; }`, paths)).toThrow(/found 2/);
  });
});
