import { Agent, request, type IncomingMessage } from 'node:http';

/** Keep-alive, unbounded: every panel may have a request out at once, as separate browsers would. */
export const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

type RequestOptions = {
  method?: 'GET' | 'POST';
  payload?: unknown;
  headers?: Record<string, string>;
};

function body(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

/**
 * One JSON request; a status other than 2xx rejects with the answer's text. A GET whose reused
 * keep-alive connection was closed under it is sent once more on a new one, as browsers do.
 */
export async function requestJson(
  url: string,
  token: string,
  options: RequestOptions = {},
): Promise<unknown> {
  try {
    return await requestOnce(url, token, options);
  } catch (error) {
    if (!(error instanceof StaleSocket) || (options.method ?? 'GET') !== 'GET') throw error;
    return requestOnce(url, token, options);
  }
}

class StaleSocket extends Error {}

function requestOnce(url: string, token: string, options: RequestOptions = {}): Promise<unknown> {
  const data = options.payload === undefined ? undefined : JSON.stringify(options.payload);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          ...(data === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        body(response).then((text) => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            reject(new Error(`${options.method ?? 'GET'} ${url}: ${status} ${text.slice(0, 300)}`));
            return;
          }
          resolve(JSON.parse(text) as unknown);
        }, reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        req.reusedSocket && error.code === 'ECONNRESET' ? new StaleSocket(error.message) : error,
      ),
    );
    req.end(data);
  });
}

export type SseMessage = { event: string; data: string };

/**
 * An event stream on its own connection (as each browser has its own), resolving once the server
 * has answered 200. Every message's `event` and `data` go to `onMessage`; comments are skipped.
 */
export function openEventStream(
  url: string,
  token: string,
  onMessage: (message: SseMessage) => void,
): Promise<{ close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          body(response).then(
            (text) => reject(new Error(`stream ${url}: ${response.statusCode} ${text}`)),
            reject,
          );
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = '';
            let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data += line.slice(6);
            }
            if (event) onMessage({ event, data });
          }
        });
        response.on('error', () => undefined); // Closed by the bench at the end.
        resolve({ close: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
