// The diagrams carry text alternatives: each SVG is an image with a name and
// a description, and every word it draws can be read in its text form (the
// `<details>` list or table beside it, or its description), so a screen
// reader user gets what a sighted user sees. Run on the example case, whose
// every diagram has content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { miljo } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const STEG_MED_DIAGRAM = ['orsaksanalys', 'intressentanalys', 'logikmodell', 'kostnader-och-effekter', 'kvalitativa-effekter-risker'];

test('every diagram of the example has a name, a description and a text form holding all it draws', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const bas = page.url().replace(/\/utvecklingsbehov$/, '');
  let antal = 0;
  for (const slug of STEG_MED_DIAGRAM) {
    await page.goto(`${bas}/${slug}`);
    await page.locator('svg.diagram').first().waitFor();
    const diagram = await page.locator('svg.diagram').evaluateAll((svgs) => svgs.map((svg) => {
      const text = (id) => document.getElementById(id)?.textContent ?? '';
      const [namnId, ...beskrivningId] = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      const figur = svg.closest('figure');
      // The text form: the details (or table) right after the figure.
      let alternativ = '';
      for (let e = figur?.nextElementSibling; e && !e.matches('figure'); e = e.nextElementSibling) {
        if (e.matches('details.textalternativ, table, .textalternativ, .tabellram')) alternativ += ' ' + e.textContent;
      }
      // Wrapped text is drawn as one tspan a line: a line end is a space.
      const ritat = [...svg.querySelectorAll('text')].map((t) => {
        const rader = [...t.querySelectorAll('tspan')];
        return rader.length ? rader.map((r) => r.textContent).join(' ') : t.textContent;
      });
      return {
        roll: svg.getAttribute('role'),
        namn: text(namnId),
        beskrivning: beskrivningId.map(text).join(' '),
        alternativ,
        ritat,
      };
    }));
    for (const d of diagram) {
      antal += 1;
      assert.equal(d.roll, 'img', `${slug}: role=img`);
      assert.ok(d.namn.trim().length > 3, `${slug}: the diagram has a name`);
      assert.ok(d.beskrivning.trim().length > 20, `${slug} ${d.namn}: the diagram has a description`);
      const las = (d.beskrivning + ' ' + d.alternativ).replace(/\u00a0/g, ' ').toLowerCase();
      // Words of letters, four or more long: names, not tick labels or arrows.
      const ord = d.ritat.join(' ').replace(/\u00a0/g, ' ').toLowerCase().match(/[a-zåäöéü]{4,}/g) ?? [];
      const saknas = [...new Set(ord.filter((o) => !las.includes(o)))];
      assert.deepEqual(saknas, [], `${slug} ${d.namn}: drawn but not in the text form`);
    }
  }
  assert.ok(antal >= 5, `${antal} diagrams checked`);
  assert.deepEqual(m.konsolfel, []);
});
