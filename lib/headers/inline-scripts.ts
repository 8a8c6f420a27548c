import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Elements of an HTML document, depth-first (template contents included). */
export function* elementsOf(html: string): Generator<Element> {
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ("tagName" in node) yield node;
    if ("content" in node && node.content) stack.push(node.content);
    if ("childNodes" in node) stack.push(...[...node.childNodes].reverse());
  }
}

/**
 * CSP hashes (`sha256-…`) of every inline script in a page. The browser hashes the exact
 * text between the tags, which for a script is raw text; parse5 hands us exactly that.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const el of elementsOf(html)) {
    if (el.tagName !== "script" || el.attrs.some((a) => a.name === "src")) continue;
    const text = el.childNodes.map((c) => ("value" in c ? c.value : "")).join("");
    hashes.push(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return hashes;
}
