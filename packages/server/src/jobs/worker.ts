// Worker-thread entry: runs plan / what-if / risk computations off the HTTP event loop.
// Loaded with execArgv ["--import", "tsx"] so it runs the TypeScript sources directly.
import { parentPort } from "node:worker_threads";
import type { Plan } from "@chiproad/domain";
import { buildReferenceData, type ReferenceCache } from "../reference-data.ts";
import { parseScenarioContent } from "../scenario-input.ts";
import { computeJob } from "./compute.ts";
import { parseJobRequest } from "./requests.ts";
import type { RunMessage, WorkerMessage } from "./messages.ts";

const port = parentPort;
if (!port) throw new Error("jobs/worker.ts must run in a worker thread");

const cache: ReferenceCache = { trade: null, entities: null };
const PROGRESS_INTERVAL_MS = 100;

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

port.on("message", async (message: RunMessage) => {
  if (message.type !== "run") return;
  const { jobId } = message;
  let lastSent = 0;
  try {
    const scenario = parseScenarioContent(message.content, `scenario version ${message.source.version}`);
    const ref = await buildReferenceData(message.reference, cache, scenario.program.country);
    const request = parseJobRequest(message.kind, message.params);
    const datasets = {
      trade: message.reference.trade?.version ?? null,
      entities: message.reference.entities?.version ?? null,
    };
    const outcome = computeJob(
      { jobId, datasets },
      request,
      scenario,
      ref,
      message.baseline as Plan | undefined,
      (p) => {
        const now = Date.now();
        if (now - lastSent < PROGRESS_INTERVAL_MS && p.fraction < 1) return;
        lastSent = now;
        send({ type: "progress", jobId, fraction: p.fraction, message: p.message });
      },
      message.source,
    );
    send({
      type: "done",
      jobId,
      result: outcome.result,
      status: outcome.status,
      ...(outcome.followUps ? { followUps: outcome.followUps } : {}),
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    send({
      type: "error",
      jobId,
      code: typeof code === "string" ? code : "INTERNAL",
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
