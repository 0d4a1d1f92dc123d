import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { extractOne } from './process.js';

// One pipeline per worker thread: compromise and our plugin load once, on the first document.
// Requests arrive one at a time (see pool.ts), so replies never interleave.
const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (req: WorkerRequest) => {
  void extractOne(req.path, req.text, req.warnings).then((result) => {
    const reply: WorkerReply = { id: req.id, result };
    port.postMessage(reply);
  });
});
