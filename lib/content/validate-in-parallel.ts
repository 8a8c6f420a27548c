import { availableParallelism } from "node:os";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  readAttributeFile,
  type AttributeContext,
  type AttributeFileResult,
} from "./attribute-file";
import { CONTENT_DIR, contentRoot, readContentFiles, today } from "./load-matrix";
import {
  beginValidation,
  type ContentFile,
  type ValidateOptions,
  type ValidationResult,
} from "./validate-content";

/** checkContent, sharing the attribute files between threads when there are enough of them. */
export async function checkContentInParallel(
  dir: string = CONTENT_DIR,
  date: string = today(),
  parallel?: Parallel,
): Promise<ValidationResult> {
  const files = await readContentFiles(dir);
  return validateContentInParallel(files, { today: date, root: contentRoot(dir) }, parallel);
}

/**
 * Below this many attribute files, starting a worker (about half a second to load the parsers) costs
 * more than it saves, so they are read on this thread alone.
 */
export const PARALLEL_FROM = 2000;
/** Files per message: small enough to share the work evenly, large enough to be cheap to send. */
const CHUNK = 250;

/**
 * validateContent, with the attribute files shared between this thread and worker threads
 * (one fewer than the machine's cores). Same result; if a worker cannot start or fails, this
 * thread reads what it had not done.
 */
export async function validateContentInParallel(
  files: readonly ContentFile[],
  opts: ValidateOptions,
  {
    threads = availableParallelism(),
    stats = { chunks: 0, inWorkers: 0 },
    workersOnly = false,
  }: Parallel = {},
): Promise<ValidationResult> {
  const run = beginValidation(files, opts);
  const { attributeFiles, context } = run;
  if (threads < 2 || attributeFiles.length < PARALLEL_FROM) {
    return run.finish(attributeFiles.map((file) => readAttributeFile(file, context)));
  }
  const chunks: ContentFile[][] = [];
  for (let i = 0; i < attributeFiles.length; i += CHUNK) {
    chunks.push(attributeFiles.slice(i, i + CHUNK));
  }
  const results: AttributeFileResult[][] = [];
  stats.chunks = chunks.length;
  let next = 0;
  const work: Work = {
    chunks,
    take: () => (next < chunks.length ? next++ : undefined),
    done: (i, chunkResults) => {
      results[i] = chunkResults;
      stats.inWorkers++;
    },
    here: (i) => void (results[i] = chunks[i]!.map((file) => readAttributeFile(file, context))),
  };
  const workers = Array.from({ length: threads - 1 }, () => inWorker(context, work));
  // This thread works too, turning to the event loop between chunks to hand workers more.
  for (let i = workersOnly ? undefined : work.take(); i !== undefined; i = work.take()) {
    work.here(i);
    await nextTurn();
  }
  await Promise.all(workers);
  // Whatever failed workers left (all of it, if none started and this thread stood aside).
  for (let i = work.take(); i !== undefined; i = work.take()) work.here(i);
  return run.finish(results.flat());
}

export interface Parallel {
  /** Threads in all, this one included (default: the machine's cores). */
  threads?: number;
  /** Filled in with how the work was shared. */
  stats?: ParallelStats;
  /** Leave the attribute files to the workers (to test them; slower). */
  workersOnly?: boolean;
}

/** How the attribute files were shared out: chunks in all, and chunks worker threads read. */
export interface ParallelStats {
  chunks: number;
  inWorkers: number;
}

interface Work {
  chunks: readonly ContentFile[][];
  /** The next chunk nobody has taken, if any. */
  take(): number | undefined;
  done(i: number, results: AttributeFileResult[]): void;
  /** Reads a chunk on this thread. */
  here(i: number): void;
}

/** Runs one worker until the chunks run out; the chunk it fails on is read on this thread. */
async function inWorker(context: AttributeContext, work: Work): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  let worker: Worker | undefined;
  let current: number | undefined;
  try {
    worker = new Worker(path.join(path.dirname(self), `attribute-worker${path.extname(self)}`), {
      workerData: context,
      // Run from TypeScript sources (scripts run with tsx, tests with vitest), the worker needs
      // tsx to load them too.
      execArgv:
        path.extname(self) === ".ts" && !process.execArgv.some((a) => a.includes("tsx"))
          ? [...process.execArgv, "--import", "tsx"]
          : process.execArgv,
    });
    await reply(worker); // "ready"
    for (current = work.take(); current !== undefined; current = work.take()) {
      worker.postMessage(work.chunks[current]);
      work.done(current, (await reply(worker)) as AttributeFileResult[]);
      current = undefined;
    }
  } catch {
    if (current !== undefined) work.here(current);
  } finally {
    await worker?.terminate();
  }
}

/** The worker's next message; rejects if it fails or stops first. */
function reply(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const settle = (fn: () => void) => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      fn();
    };
    const onMessage = (message: unknown) => settle(() => resolve(message));
    const onError = (error: unknown) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`attribute worker stopped (exit code ${code})`)));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
}
