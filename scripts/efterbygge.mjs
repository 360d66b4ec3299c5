// Trunk's post_build hook. Trunk runs the hooks of one stage at the same
// time, so the steps that must follow each other run here in order: the
// Content-Security-Policy into index.html first, then the compressed copies
// of the finished files.
import { skrivCsp } from './csp.mjs';
import { forkomprimera } from './forkomprimera.mjs';

const katalog = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!katalog) throw new Error('TRUNK_STAGING_DIR saknas');
skrivCsp(katalog);
console.log(`Förkomprimerat: ${forkomprimera(katalog)} filer (.br och .gz)`);
