import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../schema/extraction.js';
import { summaryOf, type WorkerReply, type WorkerRequest } from './pool.js';
import { createReader, extractOne } from './process.js';
import type { PipelineExtras } from './roster-option.js';

// One pipeline per worker thread: compromise and our plugin load once, on the first document.
// Requests arrive one at a time (see pool.ts), so replies never interleave. Files are read here, with
// one blocking call, so the main thread neither reads nor copies texts: it only schedules and writes.
const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
const extras = (workerData ?? {}) as PipelineExtras;
// compromise reads process.env.DEBUG_TAGS each time it sets a tag, hundreds of times a sentence, and a
// read of process.env goes through the environment's native accessors (about a microsecond): 4% of a
// parse. A worker's process.env is already its own copy of the parent's, taken at start; a plain object
// with the same entries answers every read the same, at the cost of a property lookup.
process.env = { ...process.env };
const readers = new Map<number | undefined, ReturnType<typeof createReader>>();
const readerFor = (maxBytes: number | undefined): ReturnType<typeof createReader> => {
  let read = readers.get(maxBytes);
  if (!read) readers.set(maxBytes, (read = createReader(() => Promise.reject(new Error('standard input is read by the main thread')), { sync: true, maxBytes, heapBytes: getHeapStatistics().heap_size_limit })));
  return read;
};

async function run(req: WorkerRequest): Promise<Result> {
  if (req.text !== undefined) return extractOne(req.path, req.text, req.warnings, extras);
  const got = await readerFor(req.maxBytes)({ kind: 'file', path: req.path });
  return 'schemaVersion' in got ? got : extractOne(req.path, got.text, [...req.warnings, ...got.warnings], extras);
}

port.on('message', (req: WorkerRequest) => {
  void run(req).then((result) => {
    let reply: WorkerReply;
    if (req.encode) {
      const encoded = req.encode === 'pretty' ? JSON.stringify(result, null, 2) : JSON.stringify(result);
      reply = { id: req.id, encoded, summary: summaryOf(result) };
    } else reply = { id: req.id, result };
    port.postMessage(reply);
  });
});
