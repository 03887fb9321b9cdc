/**
 * Reads a YAML file into plain values with the YAML parser inside Prettier, which the project already
 * pins for formatting, so checking compose.yaml and the Agents Toolkit files adds no dependency.
 * It covers the YAML those files use: block and flow mappings and sequences, plain, quoted and block
 * scalars (with YAML 1.2 core types for plain ones). Anchors, aliases and tags are refused, so a file
 * cannot quietly mean something this reader does not see. Should the project take a YAML library
 * later, swap it in here.
 */
import * as prettier from 'prettier';

export type YamlValue =
  string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

type Node = {
  type: string;
  value?: string;
  anchor?: unknown;
  tag?: unknown;
  children?: (Node | null)[];
  position?: { start: { line: number } };
};

// Prettier's documented API formats; its parser is reachable through `__debug`, present throughout 3.x.
type PrettierDebug = {
  __debug: { parse(text: string, options: { parser: string }): Promise<{ ast: Node }> };
};

function fail(node: Node, message: string): never {
  throw new Error(`YAML line ${node.position?.start.line ?? '?'}: ${message}`);
}

function plainScalar(text: string): YamlValue {
  if (/^(null|Null|NULL|~|)$/.test(text)) return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?(0|[1-9][0-9]*)$/.test(text)) return Number(text);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  return text;
}

function toValue(node: Node | null | undefined): YamlValue {
  if (!node) return null;
  if (node.anchor || node.tag) fail(node, 'anchors and tags are not supported here');
  switch (node.type) {
    case 'plain':
      return plainScalar(node.value ?? '');
    case 'quoteDouble':
    case 'quoteSingle':
    case 'blockLiteral':
    case 'blockFolded':
      return node.value ?? '';
    case 'mapping':
    case 'flowMapping': {
      const out: { [key: string]: YamlValue } = {};
      for (const item of node.children ?? []) {
        if (!item) continue;
        const [key, value] = item.children ?? [];
        const name = toValue(key?.children?.[0]);
        if (typeof name === 'object' && name !== null) fail(item, 'only scalar keys are supported');
        const text = String(name);
        if (Object.hasOwn(out, text)) fail(item, `duplicate key ${text}`);
        out[text] = toValue(value?.children?.[0]);
      }
      return out;
    }
    case 'sequence':
    case 'flowSequence':
      return (node.children ?? []).map((item) => {
        // A flow sequence may hold `key: value` pairs; none of our files do.
        if (item?.type === 'flowMappingItem' || item?.type === 'mappingItem') {
          fail(item, 'pairs inside a flow sequence are not supported');
        }
        return toValue(
          item?.type === 'sequenceItem' || item?.type === 'flowSequenceItem'
            ? item.children?.[0]
            : item,
        );
      });
    case 'alias':
      return fail(node, 'aliases are not supported here');
    default:
      return fail(node, `unsupported node ${node.type}`);
  }
}

/** Parses one YAML document; fails on a syntax error, a second document or an unsupported feature. */
export async function parseYaml(text: string): Promise<YamlValue> {
  const { ast } = await (prettier as unknown as PrettierDebug).__debug.parse(text, {
    parser: 'yaml',
  });
  const documents = (ast.children ?? []).filter((d): d is Node => d !== null);
  if (documents.length !== 1)
    throw new Error(`expected one YAML document, got ${documents.length}`);
  const body = documents[0]!.children?.find((c) => c?.type === 'documentBody');
  return toValue(body?.children?.[0]);
}
