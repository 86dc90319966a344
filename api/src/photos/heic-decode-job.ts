import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export interface RawImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8ClampedArray;
}

// This folder's .ts under tsx and vitest, its .js in a build (as backup/copy-job.ts).
const WORKER = new URL(`./heic-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Decodes HEIC (HEVC) in a worker thread with libheif compiled to WebAssembly: the prebuilt
 * libvips of `sharp` reads a HEIC's header but has no HEVC decoder (patents). Rejects with the
 * decoder's reason for a file it cannot read; a worker that runs past `timeoutMs` is ended.
 */
export function decodeHeic(bytes: Uint8Array, timeoutMs = 60_000): Promise<RawImage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: bytes,
      // A hostile file must not take the server's memory with it: the worker's heap is bounded.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const timer = setTimeout(() => void worker.terminate(), timeoutMs);
    let answer: { image?: RawImage; error?: string } | undefined;
    worker.once("message", (message: { image?: RawImage; error?: string }) => {
      answer = message;
    });
    let failure: Error | undefined;
    worker.once("error", (error) => {
      failure = error;
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (answer?.image) resolve(answer.image);
      else
        reject(
          new Error(answer?.error ?? failure?.message ?? `the HEIC decoder stopped (exit ${code})`),
        );
    });
  });
}
