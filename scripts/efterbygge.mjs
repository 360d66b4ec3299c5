// Trunk's post_build hook. Trunk runs the hooks of one stage at the same
// time, so the steps that must follow each other run here in order: the
// wasm split into parts (it rewrites the files and their integrity hashes
// in index.html), the stylesheets into one file (sla_ihop_stilar.mjs),
// then the Content-Security-Policy into index.html, then the compressed
// copies of the finished files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { delaWasm } from './dela_wasm.mjs';
import { slaIhopStilar } from './sla_ihop_stilar.mjs';
import { skrivCsp } from './csp.mjs';
import { forkomprimera } from './forkomprimera.mjs';

const katalog = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!katalog) throw new Error('TRUNK_STAGING_DIR saknas');
const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
delaWasm(katalog, { rot, profil: process.env.TRUNK_PROFILE ?? 'release' });
slaIhopStilar(katalog);
skrivCsp(katalog);
console.log(`Förkomprimerat: ${forkomprimera(katalog)} filer (.br och .gz)`);
