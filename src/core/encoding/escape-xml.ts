/**
 * Characters XML 1.0 forbids even as references: C0 controls but tab, line
 * feed and carriage return, U+FFFE, U+FFFF, and surrogates left unpaired.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text or an attribute value for XML (Atom feeds, SVG): markup escaped, and
 * characters XML cannot hold replaced by `�`, so a control character in a
 * title or an owner never makes the whole feed unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
