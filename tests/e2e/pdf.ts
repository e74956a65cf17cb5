import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Each page of a PDF: its size in millimetres and its text, as pdf.js reads them. */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ widthMm: number; heightMm: number; text: string }[]> {
  const document = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
      .join("");
    const mm = (points: number) => Math.round((points / 72) * 25.4);
    pages.push({ widthMm: mm(x1 - x0), heightMm: mm(y1 - y0), text });
  }
  await document.destroy();
  return pages;
}
