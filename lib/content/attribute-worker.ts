/**
 * Worker thread for validate-in-parallel.ts: reads the chunks of attribute files it is sent,
 * against the context it was started with, and sends back their results.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  readAttributeFile,
  type AttributeContext,
  type AttributeFileInput,
} from "./attribute-file";

const context = workerData as AttributeContext;
const port = parentPort;
if (!port) throw new Error("attribute-worker.ts runs only as a worker thread");

port.on("message", (files: AttributeFileInput[]) => {
  port.postMessage(files.map((file) => readAttributeFile(file, context)));
});
// Loading the Markdown and YAML parsers takes a while; say when chunks may come.
port.postMessage("ready");
