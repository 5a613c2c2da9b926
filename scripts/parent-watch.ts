/**
 * Notices when the process that started the launcher is gone. npm passes a terminal's Ctrl+C on to
 * its script but exits on SIGTERM without telling it, which would leave the bot and the Playground
 * running. Linux only (it reads /proc); elsewhere it watches nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The parent of `pid`, from /proc/<pid>/stat; undefined when the process or /proc is not there. */
function getParentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so split after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined; // the process is gone
  }
}

/**
 * Calls `onLost` once when this process's parent or grandparent (tsx, then npm) changes, i.e. one of
 * them exited. Returns a function that stops watching.
 */
export function watchParents(onLost: () => void, intervalMs = 1_000): () => void {
  if (!existsSync('/proc/self/stat')) return () => {};
  const parent = process.ppid;
  const grandparent = getParentPid(parent);
  const timer = setInterval(() => {
    if (process.ppid !== parent || getParentPid(parent) !== grandparent) {
      clearInterval(timer);
      onLost();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
