import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { elementsOf } from "../../../lib/headers/inline-scripts";

/**
 * The external scripts a page loads on first load, in document order, each once. `noModule`
 * scripts are left out: they are polyfills that browsers with module support never run.
 */
export function firstLoadScriptSrcs(html: string): string[] {
  const srcs: string[] = [];
  for (const el of elementsOf(html)) {
    if (el.tagName !== "script") continue;
    const attr = (name: string) => el.attrs.find((a) => a.name === name);
    const src = attr("src")?.value;
    if (src === undefined || attr("nomodule")) continue;
    if (!srcs.includes(src)) srcs.push(src);
  }
  return srcs;
}

export interface ScriptSize {
  src: string;
  gzipBytes: number;
}

export interface PageJs {
  scripts: ScriptSize[];
  gzipBytes: number;
}

/** First-load JS of one built page: each script gzipped at level 9 (as postbuild does), summed. */
export function pageJs(outDir: string, htmlFile: string): PageJs {
  const html = readFileSync(path.join(outDir, htmlFile), "utf8");
  const scripts = firstLoadScriptSrcs(html).map((src) => {
    const data = readFileSync(scriptFile(outDir, src, htmlFile));
    return { src, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** The file in out/ that a script URL names; anything not served from out/ is an error. */
export function scriptFile(outDir: string, src: string, htmlFile: string): string {
  const url = new URL(src, `http://site/${htmlFile}`);
  if (url.origin !== "http://site")
    throw new Error(`${htmlFile} loads ${src} from another origin; the bench counts only out/`);
  return path.join(outDir, decodeURIComponent(url.pathname));
}

/**
 * What `page` loads beyond `base`, a simpler page of the same build (chunk names are only
 * comparable within one build): its own code, biggest first.
 */
export function scriptsBeyond(page: PageJs, base: PageJs): ScriptSize[] {
  const inBase = new Set(base.scripts.map((s) => s.src));
  return page.scripts.filter((s) => !inBase.has(s.src)).sort((a, b) => b.gzipBytes - a.gzipBytes);
}
