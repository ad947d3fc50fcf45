// The search lanes: child processes of the build that index shards with Pagefind's Node API, one shard at a time
// each. Pagefind's Node API drives one Pagefind process per Node process, and that process keeps about one core
// busy, so a lane is a core (scripts/search/index.ts runs two). Shards wait in one queue, largest first, and each
// lane takes the next as it finishes one, so the lanes end at about the same time.
//
// Each shard gets a Pagefind process of its own, ended before the lane takes the next: its memory goes with it,
// so the build's peak is that of the shards indexed at once, not of the archive (results/bench.md).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { passageRecords } from '../../src/search/passages.ts';

export interface Shard {
  name: string;
  /** The shard's pages, as paths under dist/, in the order they are given to Pagefind. */
  files: string[];
  /** Where Pagefind writes the bundle: its place in dist/, or the shard's folder in the cache. */
  outputPath: string;
}

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to keep the lane small. */
const BATCH = 32;

/**
 * A lane's Node process only reads pages and hands them on, but V8 sizes its heap for a big program: 145–149 MiB
 * each at N = 3,500, at the build's peak, when both lanes run. A small young generation and a heap limit far
 * above what it holds keep it at about 109 MiB (the search step's peak 1,907–1,915 → 1,842–1,854 MiB, same
 * dist/). If a lane ever needed more than the limit it would exit with an error, and the build fails naming it.
 */
const LANE_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=256'];

export function fail(message: string): never {
  console.error(`搜索索引失败：${message}`);
  process.exit(1);
}

/** Index one shard in this process: a Pagefind process of its own, ended once the bundle is written. */
async function indexShard(dist: string, { name, files, outputPath }: Shard): Promise<void> {
  const t = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) fail(errors.join('\n'));
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH).map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
    const added = await Promise.all(batch.map(({ file, html }) => index.addHTMLFile({ sourcePath: file, content: html })));
    for (const [k, r] of added.entries()) if (r.errors.length) fail(`${batch[k]!.file}: ${r.errors.join('; ')}`);
    // Each findings block of a report page is a record of its own, so search can filter by 段落 (passages.ts).
    const passages = batch.flatMap(({ file, html }) => passageRecords(html, file));
    for (const r of await Promise.all(passages.map((p) => index.addCustomRecord(p)))) if (r.errors.length) fail(r.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) fail(written.errors.join('\n'));
  await pagefind.close();
  console.log(`  ${name || 'site'}: ${files.length} pages, ${Math.round(performance.now() - t)} ms → ${outputPath}`);
}

interface Waiting {
  shard: Shard;
  done: () => void;
}

/** Lanes that index shards from one queue; `capacity` of them at most. */
export class LanePool {
  private readonly queue: Waiting[] = [];
  private readonly idle: ChildProcess[] = [];
  private lanes = 0;
  private closing = false;
  /** Called each time a lane finds the queue empty: its core is free for other work. */
  onLaneIdle: () => void = () => {};

  private readonly dist: string;
  private readonly capacity: number;

  constructor(dist: string, capacity: number) {
    this.dist = dist;
    this.capacity = capacity;
  }

  /** Index `shard`; resolves when its bundle is written. Larger shards waiting go first. */
  index(shard: Shard): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ shard, done });
      this.queue.sort((a, b) => b.shard.files.length - a.shard.files.length);
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length) {
      let lane = this.idle.pop();
      if (!lane && this.lanes < this.capacity) lane = this.spawn();
      if (!lane) return;
      const { shard, done } = this.queue.shift()!;
      lane.once('message', () => {
        this.idle.push(lane);
        done();
        if (this.queue.length) this.next();
        else this.onLaneIdle();
      });
      lane.send(shard);
    }
  }

  private spawn(): ChildProcess {
    this.lanes++;
    const child = fork(import.meta.filename, ['--lane', this.dist], { execArgv: LANE_NODE_FLAGS, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code !== 0 && !this.closing) fail(`索引进程退出码 ${code}`);
    });
    return child;
  }

  /** End every lane (each has finished its shard: call after the last index() has resolved). */
  close(): void {
    this.closing = true;
    for (const lane of this.idle) lane.disconnect();
    this.idle.length = 0;
  }
}

// A lane: this file forked by LanePool; each message is a shard to index, answered when its bundle is written.
if (process.argv[2] === '--lane') {
  const dist = process.argv[3]!;
  // The build has ended with this lane idle, or has failed: nothing more will come.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (shard: Shard) => {
    void indexShard(dist, shard).then(() => process.send!(shard.name));
  });
}
