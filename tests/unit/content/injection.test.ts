import { readFileSync } from "node:fs";
import type { Element, Nodes } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import { formatProblem } from "@/lib/content/problems";
import { checkContentFiles } from "@/lib/content/check-content";
import { markdownToHast } from "@/lib/markdown/to-hast";
import { readFixture, TODAY } from "./fixtures";

/*
 * The Markdown injection corpus: tests/fixtures/injection is the valid two-option fixture with
 * hostile Markdown written into every kind of prose file, one payload per line. content:check
 * must refuse every payload, at its own line, with a message that says what it is; and the
 * renderer, which sanitises again, must not turn any of them into live markup.
 */

const DIR = "tests/fixtures/injection";
const NOTE = "attributes/overhead.md";

const HTML = "raw HTML is not allowed in content";
const link = (target: string) => `link target \`${target}\` is not allowed`;
const handler = (attr: string, directive: string) =>
  `\`${attr}\` on \`:${directive}\` is an event-handler attribute`;
const encoded = (scheme: string) => `is an encoded \`${scheme}:\` address, which is not allowed`;
const UNKNOWN_DIRECTIVE = "`:alert` is not a known inline directive";

/** [file, the payload (its line must contain it, once), the messages its line gets, in order]. */
const CORPUS: [file: string, payload: string, messages: string[]][] = [
  // Raw HTML and script
  [NOTE, "Inline <b>bold</b> markup.", [`${HTML}: \`<b>\``, `${HTML}: \`</b>\``]],
  [NOTE, "<script>alert(1)</script>", [`${HTML}: \`<script>alert(1)</script>\``]],
  [NOTE, '<ScRiPt src="https://evil.example/x.js"></ScRiPt>', [`${HTML}: \`<ScRiPt src=`]],
  [
    NOTE,
    "Text with <script>alert(1)</script> inside",
    [`${HTML}: \`<script>\``, `${HTML}: \`</script>\``],
  ],
  [NOTE, "<style>body{display:none}</style>", [`${HTML}: \`<style>`]],
  [NOTE, '<iframe src="javascript:alert(1)"></iframe>', [`${HTML}: \`<iframe`]],
  [NOTE, "<!-- a comment can hide <script>", [`${HTML}: \`<!--`]],
  // Event-handler attributes
  [NOTE, "<img src=x onerror=alert(1)>", [`${HTML}: \`<img src=x onerror=alert(1)>\``]],
  [
    NOTE,
    'A <span onmouseover="alert(1)">hover</span> span.',
    [`${HTML}: \`<span onmouseover=`, `${HTML}: \`</span>\``],
  ],
  [NOTE, '<div onclick="alert(1)">block</div>', [`${HTML}: \`<div onclick=`]],
  [
    NOTE,
    'A <a href="#" onclick="alert(1)">link</a>',
    [`${HTML}: \`<a href="#" onclick=`, `${HTML}: \`</a>\``],
  ],
  [NOTE, "A :term[hypervisor]{onclick=alert(1)} with", [handler("onclick", "term")]],
  [NOTE, ':cite[faq-table]{onmouseover="alert(1)"}', [handler("onmouseover", "cite")]],
  [
    NOTE,
    ":term[hypervisor]{href=javascript:alert(1)}",
    ["`href` on `:term` is an attribute, which content may not set"],
  ],
  // Links, in every spelling of the scheme
  [NOTE, "[plain](javascript:alert(1))", [link("javascript:alert(1)")]],
  [NOTE, "[mixed case](JaVaScRiPt:alert(1))", [link("JaVaScRiPt:alert(1)")]],
  // Markdown decodes character references, so the message shows what a browser would get.
  [NOTE, "[decimal entity](&#106;avascript:alert(1))", [link("javascript:alert(1)")]],
  [NOTE, "[hex entity](&#x6A;avascript:alert(1))", [link("javascript:alert(1)")]],
  [NOTE, "[named entity](javascript&colon;alert(1))", [link("javascript:alert(1)")]],
  [NOTE, "[percent-encoded](%6Aavascript:alert(1))", [link("%6Aavascript:alert(1)")]],
  [NOTE, "[encoded tab](java%09script:alert(1))", [link("java%09script:alert(1)")]],
  [NOTE, "[entity tab](java&#9;script:alert(1))", [link("java�script:alert(1)")]],
  [NOTE, "[pointy brackets](<javascript:alert(1)>)", [link("javascript:alert(1)")]],
  [NOTE, '[with a title](javascript:alert(1) "title")', [link("javascript:alert(1)")]],
  [NOTE, "[vbscript](vbscript:msgbox(1))", [link("vbscript:msgbox(1)")]],
  [NOTE, "[vbscript mixed case](VbScRiPt:msgbox(1))", [link("VbScRiPt:msgbox(1)")]],
  [NOTE, "[vbscript entity](&#118;bscript:msgbox(1))", [link("vbscript:msgbox(1)")]],
  [NOTE, "[vbscript percent](%76bscript:msgbox(1))", [link("%76bscript:msgbox(1)")]],
  [
    NOTE,
    "[data](data:text/html;base64,",
    [link("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")],
  ],
  [NOTE, "[data mixed case](DaTa:text/html,x)", [link("DaTa:text/html,x")]],
  [NOTE, "[data entity](&#100;ata:text/html,x)", [link("data:text/html,x")]],
  [NOTE, "[data percent](%64ata:text/html,x)", [link("%64ata:text/html,x")]],
  [NOTE, "![an image](javascript:alert(1))", ["images are not allowed in content"]],
  // Autolinks
  [NOTE, "<javascript:alert(1)>", [link("javascript:alert(1)")]],
  [NOTE, "<JAVASCRIPT:alert(1)>", [link("JAVASCRIPT:alert(1)")]],
  [NOTE, "<vbscript:msgbox(1)>", [link("vbscript:msgbox(1)")]],
  [NOTE, "<VBScript:msgbox(1)>", [link("VBScript:msgbox(1)")]],
  [NOTE, "<data:text/html,x>", [link("data:text/html,x")]],
  [NOTE, "<DATA:text/html,x>", [link("DATA:text/html,x")]],
  // An encoded scheme makes these text, not autolinks; they are refused as what they try to be.
  // (`:alert` after a letter also reads as a directive, and is reported as one.)
  [NOTE, "<java&#115;cript:alert(1)>", [encoded("javascript"), UNKNOWN_DIRECTIVE]],
  [NOTE, "<%6Aavascript:alert(1)>", [encoded("javascript"), UNKNOWN_DIRECTIVE]],
  [NOTE, "<&#118;bscript&#58;msgbox(1)>", [encoded("vbscript")]],
  [NOTE, "<%64ata%3Atext/html,x>", [encoded("data")]],
  // Reference definitions (full, collapsed and shortcut references use them; one is unused)
  [NOTE, "[ref-a]: javascript:alert(1)", [link("javascript:alert(1)")]],
  [NOTE, "[ref-b]: <JaVaScRiPt:alert(1)>", [link("JaVaScRiPt:alert(1)")]],
  [NOTE, "[ref-c]: &#106;avascript:alert(1)", [link("javascript:alert(1)")]],
  [NOTE, "[ref-d]: %6Aavascript:alert(1)", [link("%6Aavascript:alert(1)")]],
  [NOTE, "[ref-e]: vbscript:msgbox(1)", [link("vbscript:msgbox(1)")]],
  [NOTE, '[ref-f]: data:text/html,x "title"', [link("data:text/html,x")]],
  [NOTE, "[ref-unused]: javascript:alert(1)", [link("javascript:alert(1)")]],
  // Every other kind of prose file is checked the same way.
  [
    "options/virtual-machine.md",
    "[with a link](javascript:alert(1))",
    [link("javascript:alert(1)")],
  ],
  [
    "options/virtual-machine.md",
    "<img src=x onerror=alert(1)>",
    [`${HTML}: \`<img src=x onerror=alert(1)>\``],
  ],
  ["glossary.md", "see <javascript:alert(1)>", [link("javascript:alert(1)")]],
  ["overview.md", "[more](vbscript:msgbox(1))", [link("vbscript:msgbox(1)")]],
  ["factors.md", "[explained](javascript:alert(1))", [link("javascript:alert(1)")]],
  ["questions/speed.md", "[see why](javascript:alert(1))", [link("javascript:alert(1)")]],
  [
    "sources.md",
    '<a href="javascript:alert(1)">here</a>',
    [`${HTML}: \`<a href="javascript:alert(1)">\``, `${HTML}: \`</a>\``],
  ],
  [
    "categories.md",
    '<b onclick="alert(1)">here</b>',
    [`${HTML}: \`<b onclick="alert(1)">\``, `${HTML}: \`</b>\``],
  ],
];

/** Text that only looks like markup: it stays text, so nothing is reported for it. */
const HARMLESS =
  "Harmless text that only looks like markup: <svg/onload=alert(1)> and &lt;script&gt;.";

function lineOf(file: string, payload: string): number {
  const lines = readFileSync(`${DIR}/${file}`, "utf8").split("\n");
  // A payload that is a whole line is found as that line; a shorter one must be unique.
  const exact = lines.flatMap((l, i) => (l === payload ? [i + 1] : []));
  const found =
    exact.length > 0 ? exact : lines.flatMap((l, i) => (l.includes(payload) ? [i + 1] : []));
  expect(found, `"${payload}" must be on exactly one line of ${file}`).toHaveLength(1);
  return found[0]!;
}

describe("Markdown injection corpus", () => {
  const result = checkContent(DIR, TODAY);

  it.each(CORPUS)("%s: %s is refused at its line", async (file, payload, messages) => {
    const { problems } = await result;
    const line = lineOf(file, payload);
    const here = problems.filter((p) => p.file === `${DIR}/${file}` && p.line === line);
    expect(here.map((p) => p.message)).toHaveLength(messages.length);
    here.forEach((p, i) => {
      expect(p.message).toContain(messages[i]);
      expect(p.severity).toBe("error");
      expect(p.fix).toMatch(/\S/);
    });
  });

  it("reports nothing but the corpus (each payload is refused for itself)", async () => {
    const { problems, ok } = await result;
    expect(ok).toBe(false);
    const expected = new Set(
      CORPUS.map(([file, payload]) => `${DIR}/${file}:${lineOf(file, payload)}`),
    );
    expect(problems.filter((p) => !expected.has(`${p.file}:${p.line}`)).map(formatProblem)).toEqual(
      [],
    );
    expect(problems).toHaveLength(CORPUS.reduce((n, [, , m]) => n + m.length, 0));
    expect(lineOf(NOTE, HARMLESS)).toBeGreaterThan(0);
  });

  it.each(CORPUS.filter(([file]) => file === NOTE))(
    "%s: %s is refused on its own too",
    (_file, payload, messages) => {
      // In a clean copy, so no neighbouring payload can be what gets it refused.
      const files = readFixture("valid-two").map((f) =>
        f.relative === NOTE
          ? {
              ...f,
              text: f.text.replace("The hypervisor needs a share of the host", `${payload}\n\n$&`),
            }
          : f,
      );
      const { problems } = checkContentFiles(files, { today: TODAY, root: "content" });
      expect(problems.map((p) => p.message)).toHaveLength(messages.length);
      // The payload takes the line of the note it is put before (overhead.md, line 30).
      expect(problems.every((p) => p.severity === "error" && p.line === 30)).toBe(true);
    },
  );

  // What `npm run content:check` prints, one line per problem (content-check-cli.test.ts runs it).
  it("formats each refusal as path:line:column — message — fix", async () => {
    const printed = (await result).problems.map(formatProblem).join("\n");
    for (const [file, payload] of CORPUS)
      expect(printed).toMatch(
        new RegExp(`^${DIR}/${file}:${lineOf(file, payload)}:\\d+ — .+ — .+$`, "m"),
      );
  });
});

describe("rendering sanitises the corpus anyway", () => {
  const ctx = {
    terms: new Map([["hypervisor", "Software that runs virtual machines."]]),
    sources: new Map([["faq-table", { number: 1, label: "FAQ table" }]]),
  };
  const SAFE_URL = /^(https?:|mailto:|[/#.]|[^:]*$)/i;

  it.each([...CORPUS.map(([, payload]) => payload), HARMLESS])("%s", (payload) => {
    const problems: string[] = [];
    visit(markdownToHast(payload, ctx) as Nodes, "element", (el: Element) => {
      if (["script", "style", "iframe", "object", "embed", "svg"].includes(el.tagName))
        problems.push(`<${el.tagName}>`);
      for (const [name, value] of Object.entries(el.properties ?? {})) {
        if (/^on/i.test(name)) problems.push(`${name} on <${el.tagName}>`);
        if ((name === "href" || name === "src") && !SAFE_URL.test(String(value).trim()))
          problems.push(`${name}=${String(value)}`);
      }
    });
    expect(problems).toEqual([]);
  });
});
