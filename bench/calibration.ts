/**
 * The yardstick the harness divides every median by, so figures from machines of different speed
 * can be compared. CPU-bound and deterministic, it does the kinds of work the benches do: build
 * records, JSON round trip, sort, split strings and count in a Map. About 150 ms on the
 * development machine. It is timed in CPU time of this process, not wall time: other programs
 * competing for the CPU slow the benches (the figures show it) but not the yardstick, which
 * would otherwise shift every ratio by however busy the machine was in the second it ran.
 * Change it and CALIBRATION_VERSION together: every stored baseline becomes stale and is ignored
 * until rewritten.
 */
export const CALIBRATION_VERSION = 1;

/** What one pass must return; anything else means the workload is not the one measured. */
const CHECKSUM = 2_762_822_302;

const ROWS = 20_000;
const PASSES = 4;

interface Row {
  id: string;
  n: number;
  text: string;
}

function workload(): number {
  let seed = 1;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
  let checksum = 0;
  for (let pass = 0; pass < PASSES; pass += 1) {
    const rows: Row[] = Array.from({ length: ROWS }, (_, i) => ({
      id: `r${i}`,
      n: next() % 1000,
      text: `catatan kegiatan ${next() % 5000} lembaga ${next() % 40}`,
    }));
    const copy = JSON.parse(JSON.stringify(rows)) as Row[];
    copy.sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : 1));
    const counts = new Map<string, number>();
    for (const row of copy) {
      for (const word of row.text.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    for (const [word, count] of counts)
      checksum = (Math.imul(checksum, 31) + word.length * count) >>> 0;
    checksum = (checksum + (copy[0]?.n ?? 0) + (copy.at(-1)?.n ?? 0)) >>> 0;
  }
  return checksum;
}

/** Milliseconds of CPU time (user and system, all of this process's threads) of one workload pass. */
export interface Calibration {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Wall time of the median pass, for comparison. */
  wallMs: number;
}

/** Times the workload (after two warm-up passes) and returns the median of several runs. */
export function calibrate(runs = 7): Calibration {
  const passes: { cpu: number; wall: number }[] = [];
  for (let i = -2; i < runs; i += 1) {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    const checksum = workload();
    const { user, system } = process.cpuUsage(cpuStart);
    const wall = performance.now() - wallStart;
    if (checksum !== CHECKSUM) throw new Error(`calibration checksum ${checksum}, not ${CHECKSUM}`);
    if (i >= 0) passes.push({ cpu: (user + system) / 1000, wall });
  }
  passes.sort((a, b) => a.cpu - b.cpu);
  const median = passes[Math.floor(runs / 2)];
  return {
    runs,
    medianMs: median?.cpu ?? NaN,
    minMs: passes[0]?.cpu ?? NaN,
    maxMs: passes.at(-1)?.cpu ?? NaN,
    wallMs: median?.wall ?? NaN,
  };
}
