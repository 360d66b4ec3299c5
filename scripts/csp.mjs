// Part of Trunk's post-build hook (efterbygge.mjs): writes the
// Content-Security-Policy into the built index.html. Trunk's loader is an
// inline module script whose text changes with every build (it names the
// hashed files), so the policy allows exactly that script by its SHA-256
// and nothing else inline. Everything else: the app's own files only, no
// network beyond its origin.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function skrivCsp(katalog) {
  const fil = path.join(katalog, 'index.html');
  let html = fs.readFileSync(fil, 'utf8');

  const hashar = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([tagg, text]) => !/\bsrc=/.test(tagg.slice(0, tagg.indexOf('>'))) && text.trim())
    .map(([, text]) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`);

  const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashar.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (!html.includes('<!-- CSP -->')) throw new Error('index.html saknar platsen <!-- CSP -->');
  html = html.replace('<!-- CSP -->', meta);
  fs.writeFileSync(fil, html);
  console.log(`CSP skriven (${hashar.length} inline-skript tillåtna med hash)`);
}
