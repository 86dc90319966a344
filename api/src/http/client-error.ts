import type { Duplex } from "node:stream";

/**
 * Answers a request Node's HTTP parser refused (headers over 16 KiB, broken framing) before it
 * reached the app. Node's own answer is a bare status line; the REST contract says every error
 * is JSON `{ error: { code, message } }`, so this writes that, with the status Node would use.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Nothing to answer on a socket that is gone, or mid-response (the parser failed on a later
  // request of a keep-alive connection while an answer is being written).
  if (error.code === "ECONNRESET" || !socket.writable || hasResponse(socket)) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [
          431,
          "Request Header Fields Too Large",
          "headers_too_large",
          "the URL and headers are over 16 KiB",
        ]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request Timeout", "timeout", "the request did not arrive in time"]
        : [400, "Bad Request", "bad_request", "the request is not valid HTTP/1.1"];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function hasResponse(socket: Duplex): boolean {
  const message = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  return message?.headersSent === true;
}
