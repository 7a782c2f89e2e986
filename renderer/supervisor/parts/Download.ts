/** Hand a text to the browser as a file download (no network: a blob URL in this window). */
export function downloadText(fileName: string, content: string, type: string) {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The browser version's PDF: the print-ready page in a hidden frame, and the browser's print
 * dialog ("Save as PDF"). Nothing is written by Kring and nothing leaves the window.
 */
export function printHtml(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  frame.dataset.testid = 'print-frame';
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  frame.srcdoc = html;
  document.body.appendChild(frame);
  return frame;
}
