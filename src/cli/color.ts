import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

export interface ColorEnv {
  env: Record<string, string | undefined>;
  isTTY: boolean;
  flag?: boolean | undefined;
}

// chalk honours FORCE_COLOR but not NO_COLOR (https://no-color.org), so both are decided here.
export function colorLevel({ env, isTTY, flag }: ColorEnv, stream: 'stdout' | 'stderr'): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR) return 0;
  const supported = (stream === 'stdout' ? supportsColor : supportsColorStderr) || null;
  if (env.FORCE_COLOR !== undefined) return supported ? supported.level : env.FORCE_COLOR === '0' ? 0 : 1;
  if (flag === true) return supported ? supported.level : 1;
  return isTTY && supported ? supported.level : 0;
}

export function createChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
