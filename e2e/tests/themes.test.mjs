// In every mdBook theme (light, rust, coal, navy, ayu) the widget's text must stay readable:
// every piece of text in every widget of the channels and Mutex chapters, after opening what
// a reader opens (steps run, so lanes, output and timeline hold text; the inspector's cards;
// a found lost update with its race note and Go's report; the find result; the keys help),
// has a WCAG contrast ratio of at least 4.5 against the background it is drawn on. Disabled
// controls are exempt, as WCAG exempts them. (axe checks the same, and more, on every
// chapter: a11y.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { THEMES, chooseTheme, mountAll, screenshot, setup, widget } from "../lib.js";

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

/** Every text run below MINIMUM:1 on the page, as report lines (one per kind of place). */
async function poorContrast(page) {
  const runs = await page.evaluate(measureContrast);
  assert.ok(runs.length > 100, `only ${runs.length} text runs measured`);
  const poor = runs.filter((r) => r.ratio < MINIMUM);
  const seen = new Set();
  return poor
    .filter((r) => {
      const key = `${r.where} ${r.color} ${r.background}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => `  ${r.ratio}:1 ${JSON.stringify(r.text)} ${r.where} ${r.color} on ${r.background}`);
}

/** "Find it for me", then Run along what it loaded to the end (a result and a finish shown). */
async function findAndRun(root) {
  await root.getByTestId("find").click();
  await root.getByTestId("find-result").waitFor({ timeout: 30_000 });
  await root.getByTestId("run").click();
  await root.getByTestId("finish").waitFor({ timeout: 30_000 });
}

/** The channels chapter with text in every panel: a run to the end, a search, the outcome list. */
async function channelsWithText(page) {
  const handoff = await widget(page, "handoff");
  await handoff.getByTestId("step").click();
  await handoff.getByTestId("step").click();
  const buffered = await widget(page, "buffered");
  for (let i = 0; i < 4; i++) await buffered.getByTestId("step").click();
  const select = await widget(page, "select-random");
  await select.getByTestId("outcomes").click();
  await select.getByTestId("outcome-list").waitFor();
  const exercise = await widget(page, "exercise-deadlock");
  await findAndRun(exercise);
  await exercise.getByTestId("keys").click();
  await exercise.getByTestId("keys-help").waitFor();
  return exercise;
}

/**
 * The Mutex chapter with everything a reader opens: the inspector's cards after some steps
 * (state bits, fields and their meanings, queues), a found lost update with its race note
 * and Go's report unfolded, the find result, and the keys help.
 */
async function mutexWithText(page) {
  const counter = await widget(page, "mutex-counter");
  for (let i = 0; i < 6; i++) await counter.getByTestId("step").click();
  await counter.getByTestId("inspector").waitFor();
  const lost = await widget(page, "mutex-lost-update");
  await findAndRun(lost);
  const race = lost.getByTestId("race");
  await race.waitFor({ timeout: 30_000 });
  // Unfold Go's report (a <details>), so its text is measured too.
  await race.evaluate((el) => el.querySelectorAll("details").forEach((d) => (d.open = true)));
  await lost.getByTestId("keys").click();
  await lost.getByTestId("keys-help").waitFor();
  const trylock = await widget(page, "mutex-trylock");
  for (let i = 0; i < 3; i++) await trylock.getByTestId("step").click();
  return lost;
}

for (const [chapter, prepare] of [
  ["channels/index.html", channelsWithText],
  ["sync/mutex.html", mutexWithText],
]) {
  test(`widget text is readable in every theme: ${chapter}`, async (t) => {
    const { open } = await setup(t);
    const { page, errors } = await open(chapter);
    await mountAll(page);
    const shown = await prepare(page);
    for (const theme of THEMES) {
      await t.test(theme, async () => {
        await chooseTheme(page, theme);
        await page.waitForTimeout(100);
        const report = await poorContrast(page);
        if (report.length > 0) {
          await shown.scrollIntoViewIfNeeded();
          await screenshot(page, `contrast-${chapter.replace(/\W+/g, "-")}-${theme}`);
        }
        assert.equal(report.length, 0, `text below ${MINIMUM}:1 in ${theme}:\n${report.join("\n")}`);
      });
    }
    assert.deepEqual(errors, []);
  });
}
