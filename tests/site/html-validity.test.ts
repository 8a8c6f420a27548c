import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, OUT_DIR } from "../built-site";

/*
 * Every prerendered page is valid HTML by the W3C Nu HTML Checker (vnu.jar from the vnu-jar
 * package; needs Java 11 or newer on PATH, or JAVA naming the binary). No message is filtered.
 */

const jar = createRequire(import.meta.url)("vnu-jar") as string;
const java = process.env.JAVA ?? "java";

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs vnu on the files; returns its error messages as `file:line: message`. */
function vnuErrors(files: string[]): string[] {
  const run = spawnSync(java, ["-jar", jar, "--format", "json", "--errors-only", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) throw new Error(`could not run ${java} -jar vnu.jar: ${run.error.message}`);
  // vnu writes its report to stderr, and exits 1 when it found errors.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map(
      (m) =>
        `${path.relative(OUT_DIR, new URL(m.url ?? "file:///?").pathname)}:${m.lastLine ?? "?"}: ${m.message}`,
    );
}

describe("W3C Nu HTML Checker", () => {
  it("reports an invalid document (the checker runs and can fail)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
    const file = path.join(dir, "bad.html");
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"><div id="a"></div></p></body></html>`,
    );
    const errors = vnuErrors([file]);
    expect(errors.some((e) => /Duplicate ID/.test(e))).toBe(true);
    expect(errors.some((e) => /No “p” element in scope/.test(e))).toBe(true);
  });

  it("finds 0 errors in every page of out/", () => {
    const files = builtPages().map((p) => path.join(OUT_DIR, p.file));
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(vnuErrors(files)).toEqual([]);
  });
});
