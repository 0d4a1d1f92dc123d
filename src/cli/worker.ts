import { parentPort } from 'node:worker_threads';
import { summaryOf, type WorkerReply, type WorkerRequest } from './pool.js';
import { extractOne } from './process.js';

// One pipeline per worker thread: compromise and our plugin load once, on the first document.
// Requests arrive one at a time (see pool.ts), so replies never interleave.
const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (req: WorkerRequest) => {
  void extractOne(req.path, req.text, req.warnings).then((result) => {
    let reply: WorkerReply;
    if (req.encode) {
      const encoded = req.encode === 'pretty' ? JSON.stringify(result, null, 2) : JSON.stringify(result);
      reply = { id: req.id, encoded, summary: summaryOf(result) };
    } else reply = { id: req.id, result };
    port.postMessage(reply);
  });
});
