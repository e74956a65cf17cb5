/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * newline and carriage return, lone surrogates, and U+FFFE/U+FFFF. One of them in a title makes
 * a whole feed unreadable to strict parsers, so every text field is cleaned before building.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, "");
}
