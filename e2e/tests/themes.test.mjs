// In mdBook's dark themes the widget's text must stay readable: every piece of text in every
// widget of the channels chapter (after running them, so lanes, output, errors, inspector,
// timeline and explorer all hold text) has a WCAG contrast ratio of at least 4.5 against the
// background it is drawn on. Disabled controls are exempt, as WCAG exempts them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mountAll, screenshot, setup, until, widget } from "../lib.js";

const CHAPTER = "channels/index.html";
const MINIMUM = 4.5;

/** Runs in the page: [{ text, ratio, color, background, where }] for every visible text run. */
function measureContrast() {
  const parse = (css) => {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const lin = (c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  // The colour behind an element: its own background and its ancestors', composited.
  const backdrop = (el) => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    let colour = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const found = [];
  for (const root of document.querySelectorAll('[data-testid="widget"]')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      if (el.closest(".gosim-sr-only, [disabled], [aria-disabled='true'], textarea, option")) continue;
      const rects = el.getClientRects();
      const style = getComputedStyle(el);
      if (rects.length === 0 || style.visibility === "hidden") continue;
      const isSvg = el instanceof SVGElement;
      const fg = parse(isSvg ? style.fill : style.color);
      if (!fg) continue;
      const bg = backdrop(isSvg ? el.closest("svg").parentElement : el);
      const seen = over({ ...fg, a: fg.a * opacity(el) }, bg);
      const [hi, lo] = [luminance(seen), luminance(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      found.push({
        text: text.slice(0, 40),
        ratio: Math.round(ratio * 100) / 100,
        color: isSvg ? style.fill : style.color,
        background: `rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})`,
        where: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`,
      });
    }
  }
  return found;
}

async function chooseTheme(page, theme) {
  // mdBook's theme menu, as a reader uses it (the toggle opens and closes the list).
  const choice = page.locator(`#mdbook-theme-${theme}`);
  if (!(await choice.isVisible())) await page.locator("#mdbook-theme-toggle").click();
  await choice.click();
  await until(() => page.evaluate((t) => document.documentElement.classList.contains(t), theme), `theme ${theme}`);
}

test("widget text is readable in the dark themes", async (t) => {
  const { open } = await setup(t);
  const { page, errors } = await open(CHAPTER);
  await mountAll(page);
  // Put text in every panel: a run to the end, a search, the outcome list, the key help.
  const handoff = await widget(page, "handoff");
  await handoff.getByTestId("step").click();
  await handoff.getByTestId("step").click();
  const buffered = await widget(page, "buffered");
  for (let i = 0; i < 4; i++) await buffered.getByTestId("step").click();
  const select = await widget(page, "select-random");
  await select.getByTestId("outcomes").click();
  await select.getByTestId("outcome-list").waitFor();
  const exercise = await widget(page, "exercise-deadlock");
  await exercise.getByTestId("find").click();
  await exercise.getByTestId("find-result").waitFor({ timeout: 30_000 });
  await exercise.getByTestId("run").click();
  await exercise.getByTestId("finish").waitFor({ timeout: 30_000 });
  await exercise.getByTestId("keys").click();
  await exercise.getByTestId("keys-help").waitFor();

  for (const theme of ["coal", "navy", "ayu", "light"]) {
    await t.test(theme, async () => {
      await chooseTheme(page, theme);
      await page.waitForTimeout(100);
      const runs = await page.evaluate(measureContrast);
      assert.ok(runs.length > 100, `only ${runs.length} text runs measured`);
      const poor = runs.filter((r) => r.ratio < MINIMUM);
      if (poor.length > 0) {
        await exercise.scrollIntoViewIfNeeded();
        await screenshot(page, `contrast-${theme}`);
      }
      const seen = new Set();
      const report = poor
        .filter((r) => {
          const key = `${r.where} ${r.color} ${r.background}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((r) => `  ${r.ratio}:1 ${JSON.stringify(r.text)} ${r.where} ${r.color} on ${r.background}`);
      assert.equal(poor.length, 0, `text below ${MINIMUM}:1 in ${theme}:\n${report.join("\n")}`);
    });
  }
  assert.deepEqual(errors, []);
});
