// Mermaid itself as a judge of wardley-beta text: one headless Chromium page loads mermaid's
// own bundle (the one mmdc uses), then parses and draws each diagram in turn. mmdc starts a
// browser for each file, about 2.5 s; here a diagram takes some 50 ms after a 2 s start.
//
//   node check.mjs CHROMIUM < diagrams.json > results.json
//
// Input: a JSON array of diagram texts. Output: a JSON array, one object per diagram, in order:
// {"ok": true, "svg": "<svg…"} or {"ok": false, "error": "…"}. See README.md.
import { createRequire } from "node:module";
import path from "node:path";
import puppeteer from "puppeteer";

const require = createRequire(import.meta.url);
const bundle = path.join(path.dirname(require.resolve("mermaid/package.json")), "dist", "mermaid.min.js");

const [chromium] = process.argv.slice(2);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const diagrams = JSON.parse(Buffer.concat(chunks).toString("utf-8"));
const browser = await puppeteer.launch({ executablePath: chromium, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="container"></div></body></html>');
  await page.addScriptTag({ path: bundle });
  const results = await page.evaluate(async (diagrams) => {
    const { mermaid } = globalThis;
    mermaid.initialize({ startOnLoad: false });
    const container = document.getElementById("container");
    const out = [];
    for (const [index, text] of diagrams.entries()) {
      try {
        // parse throws on text mermaid rejects; render proves it also draws.
        await mermaid.parse(text);
        const { svg } = await mermaid.render(`diagram-${index}`, text, container);
        // mermaid draws some failures as an error picture instead of throwing (mmdc then
        // exits 0 with a "Syntax error in text" SVG): only a Wardley map is a success.
        const drawn = /aria-roledescription="wardley"/.test(svg);
        out.push(drawn ? { ok: true, svg } : { ok: false, svg, error: "not drawn as a Wardley map" });
      } catch (error) {
        out.push({ ok: false, error: String(error?.message ?? error) });
      }
    }
    return out;
  }, diagrams);
  process.stdout.write(JSON.stringify(results));
} finally {
  await browser.close();
}
