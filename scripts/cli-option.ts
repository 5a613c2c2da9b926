/** The value of `--name value` or `--name=value` in a script's arguments; `fallback` when the option is absent. */
export function readOption(args: readonly string[], name: string, fallback?: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return fallback;
}
