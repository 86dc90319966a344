import { parentPort, workerData } from "node:worker_threads";
import decode from "heic-decode";

/**
 * Decodes a HEIC image to RGBA pixels off the main thread: libheif in WebAssembly runs for a
 * second or more on a phone's 12 MP picture, which the event loop (MQTT, the API) must not wait
 * for. Started by heic-decode-job.ts only; the pixel count was checked before.
 */
const bytes = workerData as Uint8Array;

async function run() {
  const [primary] = await decode.all({ buffer: bytes });
  if (!primary) throw new Error("the HEIC file holds no image");
  const image = await primary.decode();
  return { width: image.width, height: image.height, data: image.data };
}

run().then(
  (image) => parentPort?.postMessage({ image }, [image.data.buffer as ArrayBuffer]),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
