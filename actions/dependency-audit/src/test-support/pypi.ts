/**
 * A package index on loopback for real `pip` runs: tiny pure-Python wheels built by the test
 * (Python's zipfile, with METADATA, WHEEL and a hashed RECORD) and served as a PEP 503 simple
 * index by a `node:http` server; plus a virtualenv made by Debian's Python to install them in.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runProcess } from '@maint-actions/core';
import { systemPython } from '@maint-actions/testing';

const BUILD_WHEEL = `
import base64, hashlib, sys, zipfile
out, name, version = sys.argv[1:4]
dist = name.replace("-", "_")
info = f"{dist}-{version}.dist-info"
files = {
    f"{dist}/__init__.py": f"__version__ = {version!r}\\n",
    f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n",
    f"{info}/WHEEL": "Wheel-Version: 1.0\\nGenerator: maint-actions-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
record = "".join(f"{p},{digest(t.encode())},{len(t.encode())}\\n" for p, t in files.items()) + f"{info}/RECORD,,\\n"
with zipfile.ZipFile(f"{out}/{dist}-{version}-py3-none-any.whl", "w") as whl:
    for p, t in {**files, f"{info}/RECORD": record}.items():
        whl.writestr(p, t)
`;

/** Builds `<dir>/<name>-<version>-py3-none-any.whl` for each version. */
export async function buildWheels(
  dir: string,
  packages: Readonly<Record<string, readonly string[]>>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, versions] of Object.entries(packages)) {
    for (const version of versions) {
      const result = await runProcess({
        command: systemPython,
        args: ['-c', BUILD_WHEEL, dir, name, version],
      });
      if (result.exitCode !== 0) throw new Error(`building ${name} ${version}: ${result.stderr}`);
    }
  }
}

export interface PackageIndex {
  /** The simple index URL, for PIP_INDEX_URL. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the wheels of `dir` as a PEP 503 simple index at `/simple/` (files under `/files/`). */
export async function startPackageIndex(dir: string): Promise<PackageIndex> {
  const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    const wheels = (await readdir(dir)).filter((f) => f.endsWith('.whl'));
    const page = (body: string): void => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!DOCTYPE html><html><body>\n${body}</body></html>\n`);
    };
    if (url === '/simple/') {
      const names = [...new Set(wheels.map((w) => normalize(w.split('-')[0] ?? '')))];
      return page(names.map((n) => `<a href="/simple/${n}/">${n}</a>\n`).join(''));
    }
    const project = /^\/simple\/([^/]+)\/$/.exec(url)?.[1];
    if (project) {
      const files = wheels.filter((w) => normalize(w.split('-')[0] ?? '') === normalize(project));
      if (files.length === 0) {
        res.writeHead(404).end('not found');
        return;
      }
      const links = await Promise.all(
        files.map(async (f) => {
          const sha = createHash('sha256')
            .update(await readFile(path.join(dir, f)))
            .digest('hex');
          return `<a href="/files/${f}#sha256=${sha}">${f}</a>\n`;
        }),
      );
      return page(links.join(''));
    }
    const file = /^\/files\/([^/]+\.whl)$/.exec(url)?.[1];
    if (file && wheels.includes(file)) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(await readFile(path.join(dir, file)));
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/simple/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Makes a venv with Debian's Python (pip included) and installs the given wheel files into it, offline. */
export async function makeVenv(dir: string, wheels: readonly string[]): Promise<string> {
  const created = await runProcess({ command: systemPython, args: ['-m', 'venv', dir] });
  if (created.exitCode !== 0) throw new Error(`python3 -m venv: ${created.stderr}`);
  const python = path.join(dir, 'bin', 'python');
  const installed = await runProcess({
    command: python,
    args: [
      '-m',
      'pip',
      'install',
      '--no-index',
      '--no-deps',
      '--no-cache-dir',
      '--disable-pip-version-check',
      ...wheels,
    ],
  });
  if (installed.exitCode !== 0) throw new Error(`pip install: ${installed.stderr}`);
  return python;
}
