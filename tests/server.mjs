// A static server for the release build, publishing dist/ under a sub-path
// (default /forstudie/) the way an ordinary web server is configured to:
// files as they are, and index.html for every other path under the sub-path,
// so routes and reloads work, each compressed when the build has a copy.
// Loopback only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const typer = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

export function starta({ port = 0, bas = '/forstudie/' } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(bas)) {
      if (url.pathname === bas.slice(0, -1) || url.pathname === '/') {
        res.writeHead(302, { Location: bas }).end();
      } else {
        res.writeHead(404).end('Not found');
      }
      return;
    }
    const relativ = decodeURIComponent(url.pathname.slice(bas.length));
    let fil = path.join(rot, relativ);
    if (!fil.startsWith(rot) || !fs.existsSync(fil) || fs.statSync(fil).isDirectory()) {
      fil = path.join(rot, 'index.html');
    }
    // The build's .br and .gz copies, as nginx's brotli_static/gzip_static
    // would send them (README, "Publicera").
    const tar = String(req.headers['accept-encoding'] ?? '');
    const kodning = [['br', '.br'], ['gzip', '.gz']].find(([namn, andelse]) =>
      new RegExp(`\\b${namn}\\b`).test(tar) && fs.existsSync(fil + andelse));
    const huvud = { 'Content-Type': typer[path.extname(fil)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    if (kodning) huvud['Content-Encoding'] = kodning[0];
    res.writeHead(200, huvud);
    fs.createReadStream(kodning ? fil + kodning[1] : fil).pipe(res);
  });
  return new Promise((klar) => server.listen(port, '127.0.0.1', () => {
    klar({ server, url: `http://127.0.0.1:${server.address().port}${bas}` });
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await starta({ port });
  console.log(`Förstudie serveras på ${url} (Ctrl+C avslutar)`);
}
