/**
 * A small reader for Candor's Dockerfile and .dockerignore, enough for the Dockerfile-steps test to carry
 * the image's steps out without a Docker daemon. It understands the instructions the Dockerfile uses
 * and fails loudly on any other, so a new instruction cannot slip past the test unread.
 */
import { posix } from 'node:path';

export type CopyStep = { kind: 'copy'; from: string | null; sources: string[]; dest: string };
export type RunStep = { kind: 'run'; command: string };
export type Step = CopyStep | RunStep;

export type Stage = {
  name: string;
  image: string;
  workdir: string;
  env: Record<string, string>;
  /** COPY and RUN lines in order, each with the WORKDIR and ENV in force when it ran. */
  steps: (Step & { workdir: string; env: Record<string, string> })[];
  user: string | null;
  volumes: string[];
  expose: string[];
  healthcheck: { options: Record<string, string>; command: string[] } | null;
  cmd: string[] | null;
  entrypoint: string[] | null;
};

const known = new Set([
  'FROM',
  'WORKDIR',
  'ENV',
  'COPY',
  'RUN',
  'USER',
  'VOLUME',
  'EXPOSE',
  'HEALTHCHECK',
  'CMD',
  'ENTRYPOINT',
]);

/** Joins `\` continuations and drops comments and blank lines. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (pending && line.trim().startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push((pending + line).trim());
    pending = '';
  }
  if (pending) lines.push(pending.trim());
  return lines;
}

/** An exec-form array (`["node", "x.js"]`) or a shell-form string, which runs under `/bin/sh -c`. */
function commandOf(rest: string): string[] {
  if (rest.startsWith('[')) {
    const parsed: unknown = JSON.parse(rest);
    if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) {
      throw new Error(`Not a JSON array of strings: ${rest}`);
    }
    return parsed;
  }
  return ['/bin/sh', '-c', rest];
}

/** Leading `--name=value` flags of COPY and HEALTHCHECK. */
function flags(words: string[]): { options: Record<string, string>; rest: string[] } {
  const options: Record<string, string> = {};
  let i = 0;
  for (; i < words.length && words[i]!.startsWith('--'); i++) {
    const [name, value = ''] = words[i]!.slice(2).split('=', 2);
    options[name!] = value;
  }
  return { options, rest: words.slice(i) };
}

/** `KEY=value KEY2="two words"` (and the legacy `KEY value`). */
function envPairs(rest: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  if (!rest.includes('=') || /^\S+\s/.test(rest.split('=')[0]!)) {
    const [key, ...value] = rest.split(/\s+/);
    pairs[key!] = value.join(' ');
    return pairs;
  }
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)=("([^"\\]|\\.)*"|\S*)/g;
  for (const match of rest.matchAll(pattern)) {
    const value = match[2]!;
    pairs[match[1]!] = value.startsWith('"') ? (JSON.parse(value) as string) : value;
  }
  return pairs;
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const [instruction = '', ...restWords] = line.split(/\s+/);
    const keyword = instruction.toUpperCase();
    const rest = line.slice(instruction.length).trim();
    if (!known.has(keyword)) {
      throw new Error(
        `The Dockerfile uses ${keyword}, which the Dockerfile-steps test does not carry out. Teach tests/integration/support/dockerfile.ts about it.`,
      );
    }
    if (keyword === 'FROM') {
      const [image, as, name] = restWords;
      if (!image || as?.toUpperCase() !== 'AS' || !name) {
        throw new Error(`Name every stage (FROM <image> AS <name>): ${line}`);
      }
      stages.push({
        name,
        image,
        workdir: '/',
        env: {},
        steps: [],
        user: null,
        volumes: [],
        expose: [],
        healthcheck: null,
        cmd: null,
        entrypoint: null,
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before the first FROM`);
    switch (keyword) {
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, rest);
        break;
      case 'ENV':
        Object.assign(stage.env, envPairs(rest));
        break;
      case 'COPY': {
        const { options, rest: paths } = flags(restWords);
        const dest = paths.pop();
        if (!dest || paths.length === 0)
          throw new Error(`COPY needs sources and a destination: ${line}`);
        const unknown = Object.keys(options).filter((o) => o !== 'from' && o !== 'chown');
        if (unknown.length)
          throw new Error(`COPY --${unknown.join(', --')} is not supported: ${line}`);
        stage.steps.push({
          kind: 'copy',
          from: options.from ?? null,
          sources: paths,
          dest,
          workdir: stage.workdir,
          env: { ...stage.env },
        });
        break;
      }
      case 'RUN':
        if (rest.startsWith('[')) throw new Error(`Write RUN in shell form: ${line}`);
        stage.steps.push({
          kind: 'run',
          command: rest,
          workdir: stage.workdir,
          env: { ...stage.env },
        });
        break;
      case 'USER':
        stage.user = rest;
        break;
      case 'VOLUME':
        stage.volumes.push(...(rest.startsWith('[') ? commandOf(rest) : rest.split(/\s+/)));
        break;
      case 'EXPOSE':
        stage.expose.push(...restWords);
        break;
      case 'HEALTHCHECK': {
        const { options, rest: words } = flags(restWords);
        if (words[0]?.toUpperCase() !== 'CMD') throw new Error(`HEALTHCHECK needs CMD: ${line}`);
        const command = line.slice(line.indexOf(words[0]) + words[0].length).trim();
        stage.healthcheck = { options, command: commandOf(command) };
        break;
      }
      case 'CMD':
        stage.cmd = commandOf(rest);
        break;
      case 'ENTRYPOINT':
        stage.entrypoint = commandOf(rest);
        break;
    }
  }
  return stages;
}

/** A .dockerignore rule as a regular expression over a slash-separated path relative to the context. */
function ruleRegex(pattern: string): RegExp {
  const clean = posix.normalize(pattern.replace(/^\/+/, '')).replace(/\/+$/, '');
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i]!;
    if (c === '*' && clean[i + 1] === '*') {
      // `**/` matches any number of directories, including none.
      out += clean[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += clean[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export type IgnoreRules = { excludes(path: string): boolean };

/**
 * Docker's .dockerignore semantics: rules apply in order and the last match wins; a rule that matches a
 * folder excludes everything in it; `!` re-includes.
 */
export function parseDockerignore(text: string): IgnoreRules {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({
      negate: l.startsWith('!'),
      regex: ruleRegex(l.startsWith('!') ? l.slice(1) : l),
    }));
  return {
    excludes(path) {
      const parts = posix.normalize(path).split('/');
      const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
      let excluded = false;
      for (const rule of rules) {
        if (prefixes.some((p) => rule.regex.test(p))) excluded = !rule.negate;
      }
      return excluded;
    },
  };
}
