// Adds lock entries for platform-specific optional dependencies that the
// registry this project installs from does not serve at the locked version
// (e.g. `@pagefind/darwin-arm64@1.6.0`). `npm install` skips such optional
// packages silently and leaves them out of package-lock.json, but `npm ci`
// then refuses the lock as out of sync. An entry with the platform's
// os/cpu/libc lets `npm ci` accept the lock and skip the package on every
// other platform, as it would with a complete lock. Run after `npm install`.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
};
const CPU = ['x64', 'arm64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
    if (lock.packages[`node_modules/${name}`] || lock.packages[nested]) continue;
    const tokens = name.split('/').pop().split('-');
    const os = tokens.map((token) => OS[token]).find(Boolean);
    const cpu = tokens.find((token) => CPU.includes(token));
    if (!os && !cpu) continue; // not a platform package: leave it for npm to report
    const stub = { version, optional: true };
    if (cpu) stub.cpu = [cpu];
    if (tokens.includes('musl')) stub.libc = ['musl'];
    else if (tokens.includes('gnu') && os === 'linux') stub.libc = ['glibc'];
    if (os) stub.os = [os];
    lock.packages[`node_modules/${name}`] = stub;
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
lock.packages = sorted;
writeFileSync('package-lock.json.tmp', `${JSON.stringify(lock, null, 2)}\n`);
renameSync('package-lock.json.tmp', 'package-lock.json');
console.log(`complete-lockfile: added ${added} platform entries`);
