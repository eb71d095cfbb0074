// The baselines' servers (bench P2, P4, P6): plain node:http, no framework, nothing the app's server does beyond
// the bare job. Plain JavaScript run without tsx, so their cost is the runtime's own.
//   node bench/servers/bare.mjs get    PORT BODY_FILE CONTENT_TYPE   → answers every request with those bytes
//   node bench/servers/bare.mjs upload PORT DIR                      → streams each request body to a file, fsyncs
//   node bench/servers/bare.mjs static PORT DIR                      → serves files from DIR ("/" → index.html)
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const [mode, portText, target, contentType] = process.argv.slice(2);
const port = Number(portText);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

let handler;
if (mode === 'get') {
  const body = readFileSync(target);
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  };
} else if (mode === 'upload') {
  let n = 0;
  handler = async (req, res) => {
    const file = path.join(target, `upload-${process.pid}-${n++}`);
    try {
      await pipeline(req, createWriteStream(file));
      const handle = await open(file, 'r+');
      await handle.sync(); // as durable as the app's upload (it flushes before answering)
      await handle.close();
      const { size } = statSync(file);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ size }));
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  };
} else if (mode === 'static') {
  handler = (req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = path.join(target, urlPath === '/' ? 'index.html' : path.normalize(urlPath));
    if (!file.startsWith(target) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}

const server = http.createServer((req, res) => void handler(req, res));
server.listen(port, '127.0.0.1', () => console.log(`bare ${mode} ready on ${port}`));
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
