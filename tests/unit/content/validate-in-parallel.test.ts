import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import {
  checkContentInParallel,
  PARALLEL_FROM,
  type ParallelStats,
} from "@/lib/content/validate-in-parallel";
import { generateContent } from "@/tests/generate/generate-content";
import { TODAY } from "./fixtures";

const ATTRIBUTES = PARALLEL_FROM + 400;
let root: string;
let valid: string;
let broken: string;

/** Rewrites one generated attribute file. */
async function edit(dir: string, n: number, change: (text: string) => string): Promise<void> {
  const file = path.join(dir, "attributes", `attribute-${n}.md`);
  await writeFile(file, change(await readFile(file, "utf8")));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "parallel-content-"));
  valid = path.join(root, "valid");
  broken = path.join(root, "broken");
  await generateContent(valid, { attributes: ATTRIBUTES, options: 3 });
  await generateContent(broken, { attributes: ATTRIBUTES, options: 3 });
  // Problems spread over chunks read on different threads, including ones across files.
  await edit(broken, 3, (t) => t.replace("id: attribute-3\n", "id: attribute-2000\n"));
  await edit(broken, 7, (t) => t.replace(/source: generated/, "source: nowhere"));
  await edit(broken, 1500, (t) => t.replace(/verdict: \w+/, "verdict: better"));
  await edit(broken, 1999, (t) => t.replace(/reviewed: [\d-]+/, "reviewed: 2099-01-01"));
  await edit(broken, 2301, (t) => t.replace("cells:\n", "cells:\n\tbad: [\n"));
  await edit(broken, 2350, (t) => `${t}\n## Nobody\n\nA note :cite[generated].\n`);
  await edit(broken, 2399, (t) => t.replace(/category: [\w-]+/, "category: missing"));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("validating with worker threads", () => {
  it("gives the matrix validating on one thread gives, with workers reading part of it", async () => {
    const alone = await checkContent(valid, TODAY);
    expect(alone.ok).toBe(true);
    // Shared with this thread (how much each reads depends on the machine's load) ...
    expect(await checkContentInParallel(valid, TODAY, { threads: 2 })).toEqual(alone);
    // ... and left to the workers, so they certainly read some.
    const stats: ParallelStats = { chunks: 0, inWorkers: 0 };
    const inWorkers = await checkContentInParallel(valid, TODAY, {
      threads: 3,
      stats,
      workersOnly: true,
    });
    expect(inWorkers).toEqual(alone);
    expect(stats.chunks).toBeGreaterThan(1);
    expect(stats.inWorkers).toBe(stats.chunks);
  }, 60_000);

  it("reports the same problems, at the same places, including duplicates across chunks", async () => {
    const stats: ParallelStats = { chunks: 0, inWorkers: 0 };
    const parallel = await checkContentInParallel(broken, TODAY, {
      threads: 2,
      stats,
      workersOnly: true,
    });
    const alone = await checkContent(broken, TODAY);
    expect(parallel.ok).toBe(false);
    expect(parallel.problems).toEqual(alone.problems);
    expect(stats.inWorkers).toBe(stats.chunks);
    const messages = parallel.problems.map(
      (p) => `${path.basename(p.file)}:${p.line} ${p.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'attribute-3.md:2 the attribute id "attribute-2000" is already used in ' +
          `${path.relative(process.cwd(), broken)}/attributes/attribute-2000.md:2`,
        expect.stringMatching(/^attribute-7\.md:\d+ unknown source "nowhere"/),
        expect.stringMatching(/^attribute-1500\.md:\d+ `cells\.option-1\.verdict`/),
        expect.stringMatching(
          /^attribute-1999\.md:\d+ `cells\.option-1\.reviewed` \(2099-01-01\) is in the future/,
        ),
        expect.stringMatching(/^attribute-2301\.md:\d+ the frontmatter is not valid YAML/),
        expect.stringMatching(/^attribute-2350\.md:\d+ note heading "## Nobody" names no option/),
        expect.stringMatching(/^attribute-2399\.md:\d+ unknown category "missing"/),
      ]),
    );
  }, 60_000);

  it("reads everything on this thread when given one thread or few files", async () => {
    const one: ParallelStats = { chunks: 0, inWorkers: 0 };
    const result = await checkContentInParallel(broken, TODAY, { threads: 1, stats: one });
    expect(result.problems).toEqual((await checkContent(broken, TODAY)).problems);
    expect(one.inWorkers).toBe(0);
    const few: ParallelStats = { chunks: 0, inWorkers: 0 };
    expect((await checkContentInParallel("content", TODAY, { threads: 2, stats: few })).ok).toBe(
      true,
    );
    expect(few.inWorkers).toBe(0);
  }, 60_000);
});
