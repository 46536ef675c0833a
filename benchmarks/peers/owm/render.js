// Render one OWM map with OnlineWardleyMaps' engine in headless Chromium; run by compare.py.
//
//     node render.js MAP.owm OUT.svg|OUT.png PUPPETEER_CONFIG.json
//
// Loads page.html (the engine bundled by build.mjs), renders the map at 1000 × 700 as
// onlinewardleymaps.com does, and writes the drawing as a standalone SVG (cropped to the map
// with a 20 px margin, within the engine's canvas), or that SVG as a PNG screenshot. Chromium
// is started for each map, as mermaid-cli does.
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer');

async function main() {
  const [source, out, config] = process.argv.slice(2);
  const text = fs.readFileSync(source, 'utf8');
  const options = JSON.parse(fs.readFileSync(config, 'utf8'));
  const browser = await puppeteer.launch({...options, headless: true});
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', error => errors.push(String(error)));
    await page.setViewport({width: 1200, height: 900});
    await page.goto('file://' + path.join(__dirname, 'page.html'));
    if (errors.length) throw new Error(errors.join('\n'));
    await page.evaluate(t => window.renderOWM(t, 1000, 700), text);
    await page.waitForSelector('#map svg', {timeout: 10000});
    const svg = await page.evaluate(() => {
      const content = document.querySelector('#map svg').querySelector(':scope > g');
      const box = content.getBBox();
      const pad = 20;
      let [x, y, w, h] = [box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad];
      // Nothing beyond the engine's own white canvas: the web app shows only that. Authors park
      // labels they want hidden thousands of pixels outside it, and the engine parks its
      // invisible screen-reader texts at (-1000, -1000).
      const canvas = content.querySelector(':scope > rect');
      if (canvas) {
        const c = canvas.getBBox();
        const [right, bottom] = [Math.min(x + w, c.x + c.width), Math.min(y + h, c.y + c.height)];
        [x, y] = [Math.max(x, c.x), Math.max(y, c.y)];
        [w, h] = [right - x, bottom - y];
      }
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" ` +
        `width="${Math.ceil(w)}" height="${Math.ceil(h)}">` +
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="white"/>` +
        content.outerHTML +
        '</svg>'
      );
    });
    if (errors.length) throw new Error(errors.join('\n'));
    if (out.endsWith('.svg')) {
      fs.writeFileSync(out, svg);
    } else {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      await (await page.$('svg')).screenshot({path: out});
    }
  } finally {
    await browser.close();
  }
}

main().catch(error => {
  console.error(String((error && error.stack) || error));
  process.exit(1);
});
