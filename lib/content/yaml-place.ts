import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { Frontmatter, Located } from "./frontmatter";
import { DeferredPlace, START, type Place } from "./problems";

/**
 * File position of the frontmatter value at `path` (e.g. ["cells", "bare-metal", "value"]).
 * Where the path ends early (a missing key), the deepest existing node is used, so the author
 * lands next to where the value belongs. With `atKey`, the last segment's key is the target:
 * that is where an unknown field is. The place is worked out when first read (DeferredPlace).
 */
export function placeInFrontmatter(
  fm: Frontmatter | null,
  path: readonly PropertyKey[],
  atKey = false,
): Place {
  if (!fm) return START; // a file without frontmatter: its problems point at its start
  // Holds on to the locator, not the frontmatter's data: places outlive the files' parsing.
  const { located, firstLine } = fm;
  return new DeferredPlace(() => locate(located(), firstLine, path, atKey));
}

function locate(
  { doc, lines }: Located,
  firstLine: number,
  path: readonly PropertyKey[],
  atKey: boolean,
): Place {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      const isLast = i === path.length - 1;
      offset = (atKey && isLast) || valueStart === undefined ? (keyStart ?? offset) : valueStart;
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      const start = rangeStart(item);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
  }
  const pos = lines.linePos(offset);
  return { line: firstLine + pos.line - 1, column: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
