/**
 * Reads a YAML file (compose.yaml, the Agents Toolkit files) into plain values with the `yaml`
 * library. Anchors, aliases and custom tags are refused, so a file cannot quietly mean something
 * the tests do not see.
 */
import { isAlias, parseDocument, visit } from 'yaml';

export type YamlValue =
  string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

export async function parseYaml(text: string): Promise<YamlValue> {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new Error(`YAML: ${error.message}`);
  visit(doc, (_key, node) => {
    if (isAlias(node)) throw new Error('YAML: aliases are not used in these files.');
    if (node && typeof node === 'object' && 'anchor' in node && node.anchor) {
      throw new Error('YAML: anchors are not used in these files.');
    }
  });
  return Promise.resolve(doc.toJS({ maxAliasCount: 0 }) as YamlValue);
}
