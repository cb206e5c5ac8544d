// A second thread for the QR codes of a long batch. Encoding a code with bwip-js (the standard's
// mask selection included) costs as much as drawing the rest of a holder's two pages, so a helper
// thread encodes the Notices' codes, a few dozen holders ahead, while the main thread encodes the
// Election Forms' and draws. The codes are the same either way (same encoder, same text); without
// a helper (no worker threads, or one failed) every code is simply encoded in place.
//
// The batch is synchronous (the CLI's `run` returns a number), so results are taken with
// receiveMessageOnPort, waiting on a shared counter when the helper is behind. The helper is plain
// JavaScript given as text: no bundling entry, and it loads the same bwip-js as this module.
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { type ModuleMatrix, qrMatrix } from './form-code-symbol';

const HELPER = `
const { workerData } = require('node:worker_threads');
const bwipjs = require(workerData.bwip);
const done = new Int32Array(workerData.done);
workerData.port.on('message', (texts) => {
  const matrices = texts.map((text) => {
    const [symbol] = bwipjs.raw('qrcode', text, 'eclevel=M');
    return { size: symbol.pixx, dark: Uint8Array.from(symbol.pixs, (v) => (v ? 1 : 0)) };
  });
  workerData.port.postMessage(matrices);
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
`;

/** Codes per message: enough to make a message cheap, few enough to start drawing at once. */
const CHUNK = 32;
/** Messages in flight: the helper keeps this far ahead of the pages being drawn. */
const AHEAD = 4;

export class QrHelper {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly done: Int32Array;
  private sent = 0;
  private received = 0;
  private readonly ready: ModuleMatrix[] = [];
  private readonly readyTexts: string[] = [];
  /** The helper failed, fell silent or slipped out of order: every code from here on is made in place. */
  private dead = false;
  private closed = false;

  private constructor(private readonly texts: readonly string[]) {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(4);
    this.done = new Int32Array(shared);
    this.port = port1;
    const bwip = createRequire(import.meta.url).resolve('bwip-js/node');
    this.worker = new Worker(HELPER, { eval: true, workerData: { bwip, done: shared, port: port2 }, transferList: [port2] });
    // Never keeps a CLI run or a test alive; `close` ends it.
    this.worker.unref();
    this.worker.on('error', () => {
      this.dead = true;
    });
    this.fill();
  }

  /** A helper for `texts`, to be asked for in that order; null where worker threads cannot start. */
  static start(texts: readonly string[]): QrHelper | null {
    if (texts.length === 0) return null;
    try {
      return new QrHelper(texts);
    } catch {
      return null;
    }
  }

  private fill(): void {
    while (this.sent < this.texts.length && this.sent - this.received * CHUNK < AHEAD * CHUNK) {
      const chunk = this.texts.slice(this.sent, this.sent + CHUNK);
      this.port.postMessage(chunk);
      this.sent += chunk.length;
    }
  }

  /** The matrix of the next text in order (which must be `text`). */
  next(text: string): ModuleMatrix {
    if (this.dead) return qrMatrix(text);
    if (this.ready.length === 0) this.receive();
    const matrix = this.ready.shift();
    const expected = this.readyTexts.shift();
    // Never a code for another holder: if the order ever slipped, the code is made here instead.
    if (matrix === undefined || expected !== text) {
      this.dead = true;
      return qrMatrix(text);
    }
    return matrix;
  }

  private receive(): void {
    for (;;) {
      const message = receiveMessageOnPort(this.port);
      if (message !== undefined) {
        const matrices = message.message as ModuleMatrix[];
        const start = this.received * CHUNK;
        this.ready.push(...matrices);
        this.readyTexts.push(...this.texts.slice(start, start + matrices.length));
        this.received += 1;
        this.fill();
        return;
      }
      if (this.received * CHUNK >= this.sent) return;
      // Behind: sleep until the helper says a chunk is done (bounded, so a dead helper cannot hang the batch).
      const seen = Atomics.load(this.done, 0);
      if (this.dead) return;
      if (seen <= this.received && Atomics.wait(this.done, 0, seen, 5_000) === 'timed-out') {
        this.dead = true;
        return;
      }
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}
