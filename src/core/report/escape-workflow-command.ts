/**
 * Escape the message of a GitHub Actions workflow command, as the Actions
 * toolkit's `escapeData` does: `%`, `\r` and `\n` become `%25`, `%0D`, `%0A`.
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * Escape a property value of a workflow command, as the toolkit's
 * `escapeProperty` does: {@link escapeData} plus `:` and `,`, which
 * separate properties.
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
