// Spawn a command, time it, and read the peak memory of its whole process tree from /proc.
//
// Method: every POLL_MS we read the VmHWM (the kernel's own high-water mark of the resident set)
// of every process in the spawned tree; the tree itself (ppid links in /proc/*/stat) is re-listed
// every SCAN_EVERY polls, since scanning all of /proc that often would itself load a 2-core
// machine. The peak RSS we report is the sum of those per-process peaks: exact for a single process (pandas), and a slight
// over-estimate for a tree whose members peak at different times (a launcher and its node child,
// which adds the launcher's ~50 MB). VmHWM is kept by the kernel, so a spike between two polls is
// not missed; only growth in the last POLL_MS before exit, or a child living < SCAN_EVERY polls, can be.
import {spawn} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";

const POLL_MS = 20;
const SCAN_EVERY = 5;

export interface Measurement {
  wallMs: number;
  peakRssMiB: number;
  exitCode: number | null;
  /** The last lines of stderr, for a failed run's report. */
  stderrTail: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

export async function measure(command: string, args: string[], options: RunOptions = {}): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"]});
  const peaks = new Map<number, number>();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  let tree: number[] = [];
  let polls = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    if (polls++ % SCAN_EVERY === 0) tree = processTree(child.pid);
    for (const pid of tree) {
      const hwm = readHwmKiB(pid);
      if (hwm > (peaks.get(pid) ?? 0)) peaks.set(pid, hwm);
    }
  };
  poll();
  const timer = setInterval(poll, POLL_MS);
  // A runaway run is killed with its whole tree so the bench always ends.
  const killer = setTimeout(() => killTree(child.pid), options.timeoutMs ?? 20 * 60_000);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on("error", (error) => {
      stderr += String(error);
      resolve(null);
    });
    child.on("close", (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  clearTimeout(killer);
  const peakKiB = [...peaks.values()].reduce((sum, kib) => sum + kib, 0);
  return {wallMs, peakRssMiB: peakKiB / 1024, exitCode, stderrTail: stderr.trim().split("\n").slice(-30).join("\n")};
}

/** The pid and all its descendants, found through the ppid field of /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = readPpid(+name);
    if (ppid === null) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), +name]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function readPpid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may itself hold spaces or parentheses.
    return +stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
  } catch {
    return null;
  }
}

function readHwmKiB(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? +match[1] : 0;
  } catch {
    return 0;
  }
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  for (const member of processTree(pid).reverse()) {
    try {
      process.kill(member, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
