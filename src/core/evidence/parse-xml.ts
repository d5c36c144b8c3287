import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParseOutcome } from './artifact.ts';

/** An XML element as fast-xml-parser gives it: attributes and child elements by name. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Entities are never expanded: counts and names are all we read, and an
  // artifact's DOCTYPE must not be able to blow up memory.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Every element is a list, so one `<testcase>` and many read the same way.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/**
 * Parse XML into plain objects. Malformed XML is reported at its line and
 * column (fast-xml-parser's validator), never thrown.
 */
export function parseXml(text: string): ParseOutcome<XmlNode> {
  // Deprecated in favour of the separate fast-xml-validator package, which
  // the registry this project installs from does not serve; the validator
  // still ships in fast-xml-parser 5 and is the only way to get a position.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    return {
      ok: false,
      line: valid.err.line,
      column: valid.err.col,
      reason: `not well-formed XML (${describeXmlError(valid.err.msg)})`,
    };
  }
  return { ok: true, value: parser.parse(text) as XmlNode };
}

function describeXmlError(message: string): string {
  // The validator lists unclosed elements as a JSON array: say it in words.
  const unclosed = /^Invalid '\[(.*)\]' found/s.exec(message);
  if (unclosed) {
    const names = [...(unclosed[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => `<${m[1] ?? ''}>`);
    return `${names.join(', ')} never closed; a truncated file?`;
  }
  return message.replace(/\.$/, '');
}

/** The child elements of a node with a name (always a list). */
export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is XmlNode => typeof item === 'object' && item !== null);
}

/** An attribute's value as a string, when present. */
export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a node has at least one child element with a name (`<skipped/>` included). */
export function hasChild(node: XmlNode, name: string): boolean {
  const value = node[name];
  return Array.isArray(value) && value.length > 0;
}
