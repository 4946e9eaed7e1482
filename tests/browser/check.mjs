// Loads the pages of xunshi::view in the system Chromium (headless, through playwright-core,
// which never downloads a browser of its own) and checks what a person would see:
//   - the number of marks per kind equals what the report holds (expected.json, written by
//     `cargo test --release --features view --test view -- --ignored write_pages_for_the_browser_test`),
//   - the text container's textContent is the input exactly, and its innerText the input
//     with nothing normalised (see the note on innerText below),
//   - every mark is reachable with the keyboard, hovering or focusing shows path and value,
//   - no console error, no page error, no request that leaves the file system,
//   - the 1 MB page opens in under a second,
// and takes screenshots into the output directory.
//
// Usage: node tests/browser/check.mjs [PAGES_DIR] [SCREENSHOT_DIR]
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = resolve(process.argv[2] || "target/view-test");
const shots = resolve(process.argv[3] || join(dir, "screenshots"));
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const maxLoadMs = Number(process.env.VIEW_MAX_LOAD_MS || 1000);
mkdirSync(shots, { recursive: true });

const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail ? "\n     " + detail : ""}`); }
}

// innerText is the rendered text, and could differ from the DOM's text where CSS collapses
// or transforms it. The text container is `white-space: pre-wrap` with no transforms and the
// margin markers have no text (their shapes are CSS generated content), so in Chromium
// innerText equals the input exactly, CR of CRLF and BOM included: nothing is normalised.
// (The page writes a CR as `&#13;`, which the HTML parser keeps; NUL, which HTML text cannot
// hold, is written as U+FFFD and compared as such.)
// One thing innerText does leave out: a text over 32 KB is cut into chunks that the browser
// does not render while they are off screen (`content-visibility: auto`), and innerText
// skips what is not rendered. So for such pages innerText is read with every chunk rendered
// (print media, whose style sheet renders them all), and the text a person copies (the
// selection of the whole container) is checked on the screen as it is. A selection, like a
// copy, leaves out a line break that ends the text: that one difference is allowed there.
function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at ${i}: ${JSON.stringify(a.slice(i, i + 20))} vs ${JSON.stringify(b.slice(i, i + 20))}`;
}

const userDataDir = mkdtempSync(join(tmpdir(), "xunshi-view-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
});
const outside = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith("file:")) return route.continue();
  outside.push(url);
  return route.abort();
});

async function open(file, viewport) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: "load" });
  // until the first frame after load is painted
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const wall = Date.now() - t0;
  const nav = await page.evaluate(() => new Promise((done) => {
    // from the start of navigation: the load event's end and the first frame after it
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const n = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      done({ load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, frame: performance.now(),
        fcp: fcp ? fcp.startTime : NaN });
    }));
  }));
  return { page, errors, wall, nav };
}

async function tipAfter(page, action) {
  await action();
  return page.evaluate(() => {
    const t = document.getElementById("tip");
    return t.hidden ? "" : t.innerText;
  });
}

/// Hovers the first line box of the mark with path `p`.
async function hoverPath(page, p) {
  const box = await page.evaluate((p) => {
    const e = document.querySelector(`#text .m[data-p="${p}"]`);
    e.scrollIntoView({ block: "center" });
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const r = e.getClientRects()[0];
      done({ x: r.left + 3, y: r.top + r.height / 2 });
    })));
  }, p);
  await page.mouse.move(box.x, box.y);
}

for (const e of expected) {
  const name = e.name;
  const { page, errors, wall, nav } = await open(e.html);
  const got = await page.evaluate(() => {
    const counts = {};
    for (const m of document.querySelectorAll("#text .m:not(.c)")) {
      const k = [...m.classList].find((c) => c.startsWith("k-")).slice(2);
      counts[k] = (counts[k] || 0) + 1;
    }
    const t = document.getElementById("text");
    const sel = getSelection(), range = document.createRange();
    range.selectNodeContents(t);
    sel.removeAllRanges();
    sel.addRange(range);
    const selected = sel.toString();
    sel.removeAllRanges();
    return {
      counts,
      chunks: t.querySelectorAll(".ch").length,
      selected,
      notFocusable: document.querySelectorAll('#text .m:not(.c):not([tabindex="0"])').length,
      innerText: t.innerText,
      textContent: t.textContent,
      external: [...document.querySelectorAll("script[src], link[href], img, iframe, object, embed")].length,
    };
  });
  const text = readFileSync(join(dir, e.text), "utf8").replace(/\0/g, "\ufffd");
  const sorted = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).sort()));
  check(`${name}: marks per kind`, sorted(got.counts) === sorted(e.counts),
    `page ${sorted(got.counts)}\n     want ${sorted(e.counts)}`);
  check(`${name}: textContent is the input`, got.textContent === text, firstDiff(got.textContent, text));
  if (got.chunks === 1) {
    check(`${name}: innerText is the input exactly`, got.innerText === text, firstDiff(got.innerText, text));
  }
  const untrailed = text.replace(/\r?\n$/, "");
  check(`${name}: the selected text is the input (less a final line break)`,
    got.selected === untrailed, firstDiff(got.selected, untrailed));
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => document.getElementById("text").innerText);
  await page.emulateMedia({ media: "screen" });
  check(`${name}: innerText with every chunk rendered (print) is the input exactly (${got.chunks} chunk${got.chunks === 1 ? "" : "s"})`,
    printed === text, firstDiff(printed, text));
  check(`${name}: every mark is focusable`, got.notFocusable === 0, `${got.notFocusable} marks without tabindex`);
  check(`${name}: nothing loaded from outside the page`, got.external === 0, `${got.external} elements`);
  console.log(`     ${name}: ${e.bytes} bytes, page() ${e.page_ms.toFixed(1)} ms, ` +
    `first paint ${nav.fcp.toFixed(0)} ms, load ${nav.load.toFixed(0)} ms (DOMContentLoaded ${nav.dom.toFixed(0)} ms), ` +
    `frame after load ${nav.frame.toFixed(0)} ms, goto to frame ${wall} ms`);

  if (name === "lucheng-2025") {
    const total = await tipAfter(page, () => hoverPath(page, "outcomes.penalties[0]"));
    check("lucheng: hovering the 党纪处分 total shows its path and value",
      total.includes("outcomes.penalties[0]") && total.includes("党纪处分 42人"), JSON.stringify(total));
    const parts = ["党内警告 28", "严重警告 8", "撤销党内职务 1", "留党察看 2", "开除党籍 3"];
    for (let j = 0; j < parts.length; j++) {
      const p = `outcomes.penalties[0].breakdown[${j}]`;
      const tip = await tipAfter(page, () => hoverPath(page, p));
      check(`lucheng: hovering ${p} shows ${parts[j]}`,
        tip.includes(p) && tip.includes(parts[j]) && tip.includes("outcomes.penalties[0]: 党纪处分 42人"),
        JSON.stringify(tip));
    }
    const money = await tipAfter(page, () => page.focus('#text .m[data-p="outcomes.funds[0].amount"]'));
    check("lucheng: focusing the refund shows ¥1,858,200.00", money.includes("¥1,858,200.00"), JSON.stringify(money));
    const warn = await tipAfter(page, () => hoverPath(page, "overview.problem_categories"));
    const lit = await page.evaluate(() => document.querySelectorAll("#text .m.k-finding.hl").length);
    check("lucheng: the count warning shows on hover and outlines its 14 places together",
      warn.includes("12 problem categories declared while 13 issue sections were found") && lit === 14,
      `${JSON.stringify(warn)}, ${lit} places lit`);
    const markers = await page.evaluate(() => document.querySelectorAll('#text .fm.sev-warning').length);
    check("lucheng: 14 margin markers for the warning", markers === 14, `${markers}`);
    await page.mouse.move(1, 1);
    // keyboard: the first Tab stops reach the skip link, then the findings' links, then marks
    let reached = false;
    await page.focus("#text .m");
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement.matches("#text .m, #text .fm"));
    check("lucheng: Tab moves from mark to mark", reached);
    await hoverPath(page, "outcomes.penalties[0].breakdown[1]");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, "lucheng-2025.png"), fullPage: false });
    await page.mouse.move(1, 1);
    await hoverPath(page, "outcomes.penalties[0].breakdown[1]");
    await page.screenshot({ path: join(shots, "lucheng-2025-hover.png") });
    await page.screenshot({ path: join(shots, "lucheng-2025-full.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(shots, "lucheng-2025-print.png") });
    await page.close();

    const narrow = await open(e.html, { width: 320, height: 900 });
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
    check("lucheng: no sideways scrolling at 320 px", overflow <= 320, `scrollWidth ${overflow}`);
    await narrow.page.evaluate(() => document.getElementById("text").scrollIntoView());
    await narrow.page.screenshot({ path: join(shots, "lucheng-2025-320px.png") });
    check("lucheng at 320 px: no console error", narrow.errors.length === 0, narrow.errors.join("; "));
    await narrow.page.close();
  } else {
    await page.screenshot({ path: join(shots, `${name}.png`) });
    await page.close();
  }
  if (name === "one-megabyte") {
    // the median of three loads
    const loads = [nav.frame];
    for (let k = 0; k < 2; k++) {
      const again = await open(e.html);
      loads.push(again.nav.frame);
      errors.push(...again.errors);
      await again.page.close();
    }
    loads.sort((a, b) => a - b);
    console.log(`     one-megabyte: first frame after load ${loads.map((x) => x.toFixed(0)).join(", ")} ms`);
    check(`one-megabyte: opens in under ${maxLoadMs} ms (median time to the first frame after load: ${loads[1].toFixed(0)} ms)`, loads[1] < maxLoadMs);
  }
  check(`${name}: no console error`, errors.length === 0, errors.join("; "));
}

const index = await open("index.html");
const rows = await index.page.evaluate(() => document.querySelectorAll("tbody tr").length);
check("index: one row per page", rows === expected.length, `${rows} rows`);
check("index: no console error", index.errors.length === 0, index.errors.join("; "));
await index.page.screenshot({ path: join(shots, "index.png") });
await index.page.close();

check("no request left the file system", outside.length === 0, outside.join(", "));
await context.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
