/**
 * The media archive written and extracted by the project's own tar code (archive.ts, media.ts)
 * against GNU tar in the same pipes with zstd, on a tree of 3,000 small files in 30 folders and
 * five 20 MB files. Short: 3 rounds, interleaved, medians printed.
 *
 * Run: pnpm exec tsx bench/media-archive.ts
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { archiveMedia, extractMedia } from '../actions/backup-before-deploy/src/media';

const ROUNDS = 3;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-media-'));
  const tree = path.join(work, 'media');
  for (let d = 0; d < 30; d += 1) {
    await mkdir(path.join(tree, `d${d}`), { recursive: true });
    for (let f = 0; f < 100; f += 1)
      await writeFile(path.join(tree, `d${d}`, `f${f}.jpg`), Buffer.alloc(4096, f));
  }
  for (let b = 0; b < 5; b += 1) await writeFile(path.join(tree, `big${b}.bin`), Buffer.alloc(20_000_000, b));
  const time = async (work: () => Promise<void> | void): Promise<number> => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const rows: Record<string, number[]> = { ourWrite: [], tarWrite: [], ourExtract: [], tarExtract: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const ours = path.join(work, 'ours.tar.zst');
    const theirs = path.join(work, 'theirs.tar.zst');
    rows.ourWrite?.push(await time(() => archiveMedia(tree, createWriteStream(ours)).then(() => undefined)));
    rows.tarWrite?.push(
      await time(() => {
        execFileSync('sh', [
          '-c',
          `tar --create --file=- --format=posix -C "$1" . | zstd -q -1 -T0 -o "$2" -f`,
          'sh',
          tree,
          theirs,
        ]);
      }),
    );
    const out1 = path.join(work, `out-ours-${round}`);
    const out2 = path.join(work, `out-tar-${round}`);
    rows.ourExtract?.push(
      await time(() => extractMedia(async () => createReadStream(ours), out1).then(() => undefined)),
    );
    await mkdir(out2);
    rows.tarExtract?.push(
      await time(() => {
        execFileSync('sh', ['-c', 'zstd -q -d -c "$1" | tar --extract --file=- -C "$2"', 'sh', theirs, out2]);
      }),
    );
    await rm(out1, { recursive: true });
    await rm(out2, { recursive: true });
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  for (const [name, values] of Object.entries(rows))
    console.log(`${name}: ${median(values).toFixed(0)} ms (median of ${ROUNDS})`);
  await rm(work, { recursive: true, force: true });
}

await main();
