import { existsSync } from 'node:fs';
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
const corpus = path.join(fixtures, 'corpus');
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
    const expected = JSON.parse(await readFile(path.join(corpus, 'expected.json'), 'utf8'));
    valid = Object.keys(expected).filter((file) => expected[file].valid);
    // Shared by the tests below, so not one of the per-test temp directories.
    out = await mkdtemp(path.join(tmpdir(), 'evident-render-'));
    const run = await runCli(
      ['advisory', 'render', '--json', '-o', out, ...valid, '../xss/xss-2026-001.json'],
      {
        cwd: corpus,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout);
    if (hasChromium) browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rm(out, { recursive: true, force: true });
  });

  it('renders every valid corpus document as HTML and Markdown', () => {
    expect(report.files.map((file) => file.source)).toEqual([...valid, '../xss/xss-2026-001.json']);
    for (const file of report.files) {
      expect(file.outputs.map((output) => path.extname(output))).toEqual(['.html', '.md']);
      for (const output of file.outputs) expect(existsSync(output)).toBe(true);
    }
  });

  it('refuses an invalid document with exit 2 and writes nothing', async () => {
    const dir = await makeTempDir();
    const run = await runCli(['advisory', 'render', '-o', dir, 'cisa/icsa-19-099-04.json'], { cwd: corpus });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a valid CSAF document (fails 6.1.11)');
  });

  it.skipIf(!hasChromium)(
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
    'renders in under 5 s, every triple in the DOM',
    async () => {
      const out = await makeTempDir();
      const run = await runCli(['advisory', 'render', '--json', '-o', out, sharedRedHatVex], {
        cwd: repositoryRoot,
      });
      expect(run.code).toBe(0);
      expect(run.milliseconds).toBeLessThan(5000);
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
