/**
 * The built tool against a dead endpoint, at the default network settings (issue 13 item 3):
 * a backup to an S3 endpoint that accepts connections and never answers ends in a failed verdict
 * naming the host well inside 2 minutes, where it used to run until killed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startHostileServer } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

function tool(cwd: string, args: string[], env: Record<string, string>) {
  return new Promise<{ exitCode: number | null; out: string; seconds: number }>((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, out, seconds: (Date.now() - started) / 1000 }));
  });
}

describe('a dead endpoint at the default network settings', () => {
  it('backup-before-deploy to an S3 endpoint that never answers: a failed verdict naming the host in under 120 s', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-dead-s3-'));
    const dead = await startHostileServer('silent');
    try {
      const made = await tool(dir, ['--version'], {});
      expect(made.exitCode).toBe(0);
      const db = spawn(
        '/usr/bin/python3',
        [
          '-c',
          'import sqlite3; c = sqlite3.connect("db.sqlite3"); c.execute("create table t (x)"); c.commit()',
        ],
        { cwd: dir },
      );
      await new Promise((resolve) => db.on('close', resolve));

      const run = await tool(
        dir,
        [
          'backup-before-deploy',
          '--database-url',
          'sqlite:///./db.sqlite3',
          '--destination',
          's3://backups/team',
          '--s3-endpoint',
          dead.url,
        ],
        { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'dead-endpoint-secret' },
      );
      expect(run.exitCode, run.out).toBe(1);
      expect(run.out).toContain(`${dead.host}: no answer for 30 s (2 attempts in`);
      expect(run.out).toContain('nothing was kept');
      expect(run.out).not.toContain('maint-actions bug');
      expect(run.out).not.toContain('dead-endpoint-secret');
      expect(run.seconds).toBeLessThan(120);
      // The figure for the fault table.
      console.log(
        `dead S3 endpoint: verdict after ${run.seconds.toFixed(1)} s, ${dead.requests.length} requests`,
      );
    } finally {
      await dead.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
