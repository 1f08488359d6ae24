/**
 * Planifica's own state in a workbook (the marks, the fixes' undo record) is JSON inside a custom
 * XML part: invisible to the user, saved with the workbook.
 */

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

/** `<element xmlns="namespace">{json}</element>`. */
export function jsonPartXml(element: string, namespace: string, value: unknown): string {
  return `<${element} xmlns="${namespace}">${escapeXml(JSON.stringify(value))}</${element}>`;
}

/**
 * The JSON object inside `<element>`; undefined when the part is not one of ours or its text is
 * not a JSON object (a damaged part reads as empty state, never as an error).
 */
export function jsonOfPart(xml: string, element: string): Record<string, unknown> | undefined {
  const m = new RegExp(`<${element}[^>]*>([\\s\\S]*)</${element}>`).exec(xml);
  if (!m) return undefined;
  try {
    const parsed: unknown = JSON.parse(unescapeXml(m[1]));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
