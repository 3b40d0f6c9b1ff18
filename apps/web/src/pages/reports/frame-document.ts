/**
 * An HTML document made ready for a sandboxed frame: its links open in a new tab (a link followed
 * inside the small frame would be unreadable), and `extraHead` (such as the fonts) goes first in its head.
 */
export function frameDocument(html: string, extraHead = ''): string {
  const base = `<base target="_blank">${extraHead}`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${base}`);
  if (/<html[^>]*>/i.test(html)) return html.replace(/<html[^>]*>/i, (tag) => `${tag}<head>${base}</head>`);
  return `<!doctype html><html><head><meta charset="utf-8">${base}</head><body>${html}</body></html>`;
}
