/**
 * Reads a V8 CPU profile (`.cpuprofile`, as `Profiler.stop` or `node --cpu-prof` writes it) into the
 * short text a benchmark prints under a MISSED goal: self time by area (our folders, each package, Node
 * internals, GC) and the functions that took most of it.
 */
import { Session } from 'node:inspector/promises';

type ProfileNode = {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
};
export type CpuProfile = { readonly nodes: readonly ProfileNode[]; readonly samples: readonly number[]; readonly timeDeltas: readonly number[] };


/** Where a frame's code lives: `src/views`, `botbuilder`, `node:internal/…`, `(garbage collector)`. */
function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? url);
  }
  // The built bot (dist/) is named by its sources' folders.
  const source = /\/(src|dist|bench)\/([^/]+)\//.exec(url) ?? /\/(src|dist|bench)\/([^/]+)$/.exec(url);
  if (source) {
    const folder = source[1] === 'dist' ? 'src' : source[1]!;
    return /\.[jt]s$/.test(source[2] ?? '') ? folder : `${folder}/${source[2]}`;
  }
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  return url;
}

/**
 * Self time per area and the top functions, busy time only (idle excluded), in ms and % of busy time.
 * Native frames and GC count towards the area of the JavaScript that called them (the sample's nearest
 * ancestor with a script), so `JSON.parse` called from the report cache counts as `src/reports`.
 */
export function summarizeCpuProfile(profile: CpuProfile, topFunctions = 12): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const scriptAncestor = (id: number): ProfileNode | undefined => {
    for (let current = parents.get(id); current !== undefined; current = parents.get(current)) {
      const node = nodes.get(current);
      if (node?.callFrame.url) return node;
    }
    return undefined;
  };
  const selfMs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  // Native work outside any JavaScript frame (the event loop, the HTTP parser, V8's own): real CPU time the profile cannot place.
  let program = 0;
  for (const [id, time] of selfMs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += time;
      continue;
    }
    if (frame.functionName === '(program)') {
      program += time;
      continue;
    }
    busy += time;
    const owner = frame.url ? frame : (scriptAncestor(id)?.callFrame ?? frame);
    const area = areaOf(owner.url, owner.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + time);
    const name = frame.url ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}` : `${frame.functionName} (native, from ${shortUrl(owner.url) || '?'})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const share = (time: number) => `${time.toFixed(0).padStart(6)} ms ${((100 * time) / busy).toFixed(1).padStart(5)} %`;
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, time]) => `      ${share(time)}  ${name}`);
  return [
    `    profile: ${busy.toFixed(0)} ms busy in JavaScript frames, ${program.toFixed(0)} ms in native code outside them ("(program)"), ${idle.toFixed(0)} ms idle; self time by area:`,
    ...top(byArea, 12),
    `    top functions by self time:`,
    ...top(byFunction, topFunctions),
  ].join('\n');
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const source = url.search(/\/(src|bench)\//);
  return source >= 0 ? url.slice(source + 1) : url;
}

/** Runs `phase` in this process under V8's sampling profiler (1 ms) and summarises where its time went. */
export async function profileInProcess(phase: () => Promise<void>): Promise<string> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    await phase();
    const { profile } = await session.post('Profiler.stop');
    return summarizeCpuProfile(profile as CpuProfile);
  } finally {
    session.disconnect();
  }
}
