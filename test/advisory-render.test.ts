import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const fixtures = path.join(repositoryRoot, 'test/fixtures/advisory');
// The workplace's CSAF corpus, read in place: it sits beside the repository, not in GitHub's CI.
const corpus = path.join(repositoryRoot, '../shared/corpus/csaf');
const hasCorpus = existsSync(corpus);
if (!hasCorpus)
  console.log(`CSAF corpus tests skipped: ${corpus} is absent (only the workplace has ../shared)`);
const sharedRedHatVex = path.join(repositoryRoot, '../shared/corpus/csaf/redhat/cve-2023-20593.json');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium)
  console.log(
    `browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`,
  );

// biome-ignore lint/suspicious/noExplicitAny: CSAF documents are read loosely in assertions
type Json = Record<string, any>;
const statuses = [
  'known_affected',
  'first_affected',
  'last_affected',
  'under_investigation',
  'known_not_affected',
  'first_fixed',
  'fixed',
  'recommended',
];

/** Every (vulnerability, product, status) triple and remediation product a document holds. */
function expectedFacts(document: Json): { triples: string[]; remediations: string[] } {
  const groups = new Map<string, string[]>(
    (document.product_tree?.product_groups ?? []).map((group: Json) => [group.group_id, group.product_ids]),
  );
  const triples = new Set<string>();
  const remediations = new Set<string>();
  (document.vulnerabilities ?? []).forEach((vulnerability: Json, index: number) => {
    for (const status of statuses) {
      for (const id of vulnerability.product_status?.[status] ?? []) triples.add(`${index}|${id}|${status}`);
    }
    (vulnerability.remediations ?? []).forEach((remediation: Json, position: number) => {
      const ids = [
        ...(remediation.product_ids ?? []),
        ...(remediation.group_ids ?? []).flatMap((group: string) => groups.get(group) ?? []),
      ];
      for (const id of ids) remediations.add(`${index}|${position}|${id}`);
    });
  });
  return { triples: [...triples].sort(), remediations: [...remediations].sort() };
}

/** The same facts as the rendered DOM shows them. */
async function renderedFacts(
  browser: Browser,
  file: string,
): Promise<{ triples: string[]; remediations: string[] }> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href);
    return await page.evaluate(() => {
      const triples = [...document.querySelectorAll('tr[data-status]')].map(
        (row) =>
          `${row.getAttribute('data-vulnerability')}|${row.getAttribute('data-product')}|${row.getAttribute('data-status')}`,
      );
      const remediations = [...document.querySelectorAll('.remediation li[data-product]')].map((item) => {
        const block = item.closest('.remediation');
        return `${block?.getAttribute('data-vulnerability')}|${block?.getAttribute('data-remediation')}|${item.getAttribute('data-product')}`;
      });
      return { triples: [...new Set(triples)].sort(), remediations: [...new Set(remediations)].sort() };
    });
  } finally {
    await page.close();
  }
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

interface RenderReport {
  files: { source: string; outputs: string[] }[];
}

describe('evident advisory render', () => {
  let out: string;
  let report: RenderReport;
  let valid: string[];
  let browser: Browser | undefined;

  beforeAll(async () => {
    const expected = JSON.parse(await readFile(path.join(fixtures, 'csaf-corpus-expected.json'), 'utf8'));
    const all = hasCorpus ? Object.keys(expected).filter((file) => expected[file].valid) : [];
    // The CSAF 2.1 examples share their tracking ids with the 2.0 originals (bsi-2022-0001),
    // and one run refuses two documents for one output file: they get a folder of their own.
    // The XSS document is ours (it renders everywhere), so it is rendered from its own folder.
    const corpusBatches = [
      all.filter((file) => !file.startsWith('oasis/csaf_2.1/')),
      all.filter((file) => file.startsWith('oasis/csaf_2.1/')),
    ].filter((files) => files.length > 0);
    valid = corpusBatches.flat();
    const batches = [
      ...corpusBatches.map((files) => ({ cwd: corpus, files })),
      { cwd: fixtures, files: ['xss/xss-2026-001.json'] },
    ];
    // Shared by the tests below, so not one of the per-test temp directories.
    out = await mkdtemp(path.join(tmpdir(), 'evident-render-'));
    report = { files: [] };
    for (const [index, { cwd, files }] of batches.entries()) {
      const run = await runCli(['advisory', 'render', '--json', '-o', path.join(out, `${index}`), ...files], {
        cwd,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      report.files.push(...(JSON.parse(run.stdout) as RenderReport).files);
    }
    if (hasChromium) browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rm(out, { recursive: true, force: true });
  });

  it('renders every valid corpus document as HTML and Markdown', () => {
    expect(report.files.map((file) => file.source)).toEqual([...valid, 'xss/xss-2026-001.json']);
    for (const file of report.files) {
      expect(file.outputs.map((output) => path.extname(output))).toEqual(['.html', '.md']);
      for (const output of file.outputs) expect(existsSync(output)).toBe(true);
    }
  });

  it.skipIf(!hasCorpus)('refuses an invalid document with exit 2 and writes nothing', async () => {
    const dir = await makeTempDir();
    const out = path.join(dir, 'out');
    const run = await runCli(
      ['advisory', 'render', '-o', out, 'oasis/tests/oasis_csaf_tc-csaf_2_0-2021-6-1-27-01-01.json'],
      { cwd: corpus },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a valid CSAF document (fails 6.1.27.1, 6.1.27.2)');
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasCorpus)(
    'renders a third-party document whose CWE name is outdated, warning where (6.1.11)',
    async () => {
      const dir = await makeTempDir();
      const run = await runCli(['advisory', 'render', '--json', '-o', dir, 'cisa/icsa-19-099-04.json'], {
        cwd: corpus,
      });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /^cisa\/icsa-19-099-04\.json: warning: fails 6\.1\.11 at \/vulnerabilities\/4\/cwe\/name: /m,
      );
      const outputs: string[] = JSON.parse(run.stdout).files[0].outputs;
      expect(outputs.map((output) => path.basename(output))).toEqual([
        'icsa-19-099-04.html',
        'icsa-19-099-04.md',
      ]);
      for (const output of outputs) expect(existsSync(output)).toBe(true);
    },
  );

  it.skipIf(!hasCorpus)(
    'still refuses a document that fails another mandatory test beside 6.1.11',
    async () => {
      const dir = await makeTempDir();
      const document = JSON.parse(await readFile(path.join(corpus, 'cisa/icsa-19-099-04.json'), 'utf8'));
      document.vulnerabilities[0].product_status.known_affected.push('NOT-IN-THE-TREE');
      await writeFile(path.join(dir, 'broken.json'), JSON.stringify(document));
      const run = await runCli(['advisory', 'render', '-o', path.join(dir, 'out'), 'broken.json'], {
        cwd: dir,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('broken.json is not a valid CSAF document (fails 6.1.1, 6.1.11)');
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
    },
  );

  it('refuses two documents that would be written to the same file, naming both, and writes nothing', async () => {
    const dir = await makeTempDir();
    const example = await readFile(path.join(fixtures, 'golden/exa-sa-2026-001.json'), 'utf8');
    await writeFile(path.join(dir, 'first.json'), example);
    const revised = JSON.parse(example);
    revised.document.title = 'Another document with the same tracking id';
    await writeFile(path.join(dir, 'second.json'), JSON.stringify(revised));
    const run = await runCli(['advisory', 'render', '-o', 'out', 'first.json', 'second.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('first.json');
    expect(run.stderr).toContain('second.json');
    expect(run.stderr).toContain('exa-sa-2026-001');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it.skipIf(!hasChromium || !hasCorpus)(
    'shows every (vulnerability, product, status) triple and remediation product in the DOM',
    async () => {
      if (!browser) throw new Error('no browser');
      for (const [index, source] of valid.entries()) {
        const document = JSON.parse(await readFile(path.join(corpus, source), 'utf8'));
        const html = report.files[index]?.outputs[0] ?? '';
        const facts = await renderedFacts(browser, html);
        expect({ source, ...facts }).toEqual({ source, ...expectedFacts(document) });
      }
    },
    120_000,
  );

  it.skipIf(!hasChromium)(
    'keeps the XSS corpus inert in HTML and in Markdown rendered to HTML',
    async () => {
      if (!browser) throw new Error('no browser');
      const [html, markdown] = report.files.at(-1)?.outputs ?? [];
      const markdownHtml = path.join(out, 'xss-from-markdown.html');
      const md = new MarkdownIt({ html: true, linkify: true });
      await writeFile(markdownHtml, md.render(await readFile(markdown ?? '', 'utf8')));
      for (const file of [html ?? '', markdownHtml]) {
        const page = await browser.newPage();
        const requests: string[] = [];
        const dialogs: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url !== pathToFileURL(file).href) requests.push(url);
          return url === pathToFileURL(file).href ? route.continue() : route.abort();
        });
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(pathToFileURL(file).href);
        // Click every link: a javascript: URL that survived would run now.
        for (const link of await page.locator('a').all())
          await link.click({ modifiers: ['Alt'], noWaitAfter: true, timeout: 1000 }).catch(() => {});
        await page.waitForTimeout(200);
        const state = await page.evaluate(() => ({
          xss: (window as { __xss?: unknown }).__xss ?? null,
          scripts: document.querySelectorAll(
            'script, iframe, object, embed, base, meta[http-equiv="refresh"]',
          ).length,
          handlers: [...document.querySelectorAll('*')].filter((element) =>
            [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
          ).length,
          hrefs: [...document.querySelectorAll('[href], [src]')]
            .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
            .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
        }));
        expect({ file: path.basename(file), ...state, requests, dialogs }).toEqual({
          file: path.basename(file),
          xss: null,
          scripts: 0,
          handlers: 0,
          hrefs: [],
          requests: [],
          dialogs: [],
        });
        await page.close();
      }
    },
    60_000,
  );
});

describe('the 3 MB Red Hat VEX from ../shared', () => {
  const present = existsSync(sharedRedHatVex);
  if (!present) console.log(`skipped: ${sharedRedHatVex} is absent (only the workplace has ../shared)`);
  it.skipIf(!present)(
    'renders, every triple in the DOM (its 5 s target is measured by npm run bench)',
    async () => {
      const out = await makeTempDir();
      const run = await runCli(['advisory', 'render', '--json', '-o', out, sharedRedHatVex], {
        cwd: repositoryRoot,
      });
      expect(run.code).toBe(0);
      if (!hasChromium) return;
      const browser = await launch();
      try {
        const html = JSON.parse(run.stdout).files[0].outputs[0];
        const facts = await renderedFacts(browser, html);
        expect(facts).toEqual(expectedFacts(JSON.parse(await readFile(sharedRedHatVex, 'utf8'))));
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});

/** Every version, range, model number, CPE and purl a product tree holds. */
function treeIdentifiers(document: Json): string[] {
  const values = new Set<string>();
  const fromProduct = (product: Json | undefined): void => {
    const helper = product?.product_identification_helper ?? {};
    for (const value of [helper.cpe, helper.purl, ...(helper.purls ?? []), ...(helper.model_numbers ?? [])])
      if (typeof value === 'string') values.add(value);
  };
  const walk = (branches: Json[] = []): void => {
    for (const branch of branches) {
      if (branch.category === 'product_version' || branch.category === 'product_version_range')
        values.add(branch.name);
      fromProduct(branch.product);
      walk(branch.branches);
    }
  };
  const tree = document.product_tree ?? {};
  walk(tree.branches);
  for (const product of tree.full_product_names ?? []) fromProduct(product);
  for (const relationship of tree.relationships ?? []) fromProduct(relationship.full_product_name);
  return [...values].sort();
}

/** The text of every inline token of a Markdown document (a paragraph, a cell, a heading). */
function markdownTexts(markdown: string): string[] {
  return new MarkdownIt({ html: true })
    .parse(markdown, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .map((child) => (child.type === 'html_inline' || child.type === 'softbreak' ? ' ' : child.content))
        .join(''),
    );
}

const overviewColumnOf: Record<string, string> = {
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  recommended: 'recommended',
  known_not_affected: 'not_affected',
  under_investigation: 'under_investigation',
};

describe('the real advisories of ../shared/corpus/csaf', () => {
  const shared = path.join(repositoryRoot, '../shared/corpus/csaf');
  const present = existsSync(shared);
  if (!present) console.log(`skipped: ${shared} is absent (only the workplace has ../shared)`);
  // The 20 real published documents (CISA, CIQ, Red Hat) and the OASIS examples.
  const sources = present
    ? ['cisa', 'ciq', 'redhat', 'oasis'].flatMap((folder) =>
        readdirSync(path.join(shared, folder))
          .filter((name) => name.endsWith('.json'))
          .map((name) => `${folder}/${name}`),
      )
    : [];
  let out: string;
  let rendered: { source: string; document: Json; html: string; markdown: string }[] = [];

  beforeAll(async () => {
    if (!present) return;
    out = await mkdtemp(path.join(tmpdir(), 'evident-render-shared-'));
    const run = await runCli(['advisory', 'render', '--json', '-o', out, ...sources], { cwd: shared });
    expect({ code: run.code, stderr: run.stderr.replace(/^.*: warning: fails 6\.1\.11 .*\n/gm, '') }).toEqual(
      {
        code: 0,
        stderr: '',
      },
    );
    const report: RenderReport = JSON.parse(run.stdout);
    rendered = await Promise.all(
      report.files.map(async (file) => ({
        source: file.source,
        document: JSON.parse(await readFile(path.join(shared, file.source), 'utf8')),
        html: file.outputs[0] ?? '',
        markdown: await readFile(file.outputs[1] ?? '', 'utf8'),
      })),
    );
  }, 120_000);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it.skipIf(!present)(
    'shows every version, range, model number, CPE and purl of the tree in the Markdown',
    () => {
      expect(rendered.map((entry) => entry.source)).toEqual(sources);
      let checked = 0;
      for (const { source, document, markdown } of rendered) {
        const texts = markdownTexts(markdown);
        const missing = treeIdentifiers(document).filter(
          (value) => !texts.some((text) => text.includes(value)),
        );
        checked += treeIdentifiers(document).length;
        expect({ source, missing }).toEqual({ source, missing: [] });
      }
      console.log(
        `${checked} versions, ranges and identifiers checked in ${rendered.length} Markdown renderings`,
      );
      expect(checked).toBeGreaterThan(100);
    },
  );

  it.skipIf(!present || !hasChromium)(
    'shows every version, range, model number, CPE and purl as visible text in Chromium, and the overview first',
    async () => {
      const browser = await launch();
      try {
        for (const { source, document, html } of rendered) {
          const page = await browser.newPage();
          await page.goto(pathToFileURL(html).href);
          const state = await page.evaluate(() => ({
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered, visible text is the point
            text: document.body.innerText.replace(/\s+/g, ' '),
            overview: [...document.querySelectorAll('tr[data-overview-product] a[data-vulnerability]')].map(
              (link) =>
                `${link.closest('tr')?.getAttribute('data-overview-product')}|${link.getAttribute('data-vulnerability')}|${link.getAttribute('data-status')}|${link.closest('td')?.getAttribute('data-column')}`,
            ),
            // null without an overview (a document with no product status has none).
            overviewFirst: (() => {
              const overview = document.querySelector('.overview');
              const vulnerability = document.querySelector('.vulnerability');
              if (overview === null) return null;
              return (
                vulnerability === null ||
                (overview.compareDocumentPosition(vulnerability) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
              );
            })(),
          }));
          await page.close();
          const missing = treeIdentifiers(document).filter(
            (value: string) => !state.text.includes(value.replace(/\s+/g, ' ')),
          );
          const expected = new Set<string>();
          (document.vulnerabilities ?? []).forEach((vulnerability: Json, index: number) => {
            for (const status of statuses)
              for (const id of vulnerability.product_status?.[status] ?? [])
                expected.add(`${id}|${index}|${status}|${overviewColumnOf[status]}`);
          });
          expect({ source, missing, overviewFirst: state.overviewFirst }).toEqual({
            source,
            missing: [],
            overviewFirst: expected.size > 0 ? true : null,
          });
          expect({ source, overview: [...new Set(state.overview)].sort() }).toEqual({
            source,
            overview: [...expected].sort(),
          });
        }
      } finally {
        await browser.close();
      }
    },
    180_000,
  );
});

describe('printing', () => {
  const hasPdfToText = spawnSync('pdftotext', ['-v']).error === undefined;
  if (!hasPdfToText) console.log('print test skipped: no pdftotext (Debian package poppler-utils)');

  it.skipIf(!hasChromium || !hasPdfToText)(
    'repeats the TLP label and the draft mark on every printed page',
    async () => {
      const dir = await makeTempDir();
      const document = JSON.parse(await readFile(path.join(fixtures, 'golden/exa-sa-2026-001.json'), 'utf8'));
      const tracking = document.document.tracking;
      tracking.status = 'draft';
      tracking.version = '0.1.0';
      tracking.revision_history = [
        { date: tracking.initial_release_date, number: '0.1.0', summary: 'Draft.' },
      ];
      document.document.distribution.tlp.label = 'AMBER';
      for (let index = 1; index <= 40; index++)
        document.document.notes.push({
          category: 'details',
          title: `Detail ${index}`,
          text: 'Long enough to fill several printed pages. '.repeat(20),
        });
      await writeFile(path.join(dir, 'draft.json'), JSON.stringify(document));
      const run = await runCli(['advisory', 'render', '--json', '-o', 'out', 'draft.json'], { cwd: dir });
      expect(run.code).toBe(0);
      const html = JSON.parse(run.stdout).files[0].outputs[0];
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(html).href);
        await page.pdf({ path: path.join(dir, 'draft.pdf'), format: 'A4' });
      } finally {
        await browser.close();
      }
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'draft.pdf'), '-'], {
        encoding: 'utf8',
      }).stdout;
      const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(
        pages.map((pageText, index) => ({
          page: index + 1,
          tlp: pageText.includes('TLP:AMBER'),
          draft: pageText.includes('DRAFT — not published'),
        })),
      ).toEqual(pages.map((_pageText, index) => ({ page: index + 1, tlp: true, draft: true })));
    },
    60_000,
  );
});
