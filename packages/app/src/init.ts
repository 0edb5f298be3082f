import { mkdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import {
  configFileName,
  isPlaceholder,
  isUserError,
  loadConfig,
  optional,
  placeholders,
  productIdOf,
  type ResolvedConfig,
} from '@evident/core';
import { writeFileAtomic } from '@evident/node';
import { type Manifest, readManifest } from './package-json.js';
import { createWorkspaceRenderer } from './templates.js';
import type { Workspace } from './workspace.js';

/** What `initRepository` is asked for. */
export interface InitRequest {
  /** Overwrite files that already exist. */
  readonly force: boolean;
}

/** What happened to each scaffolded file. */
export type InitAction = 'created' | 'kept' | 'overwritten' | 'unchanged';

/** What `evident init --json` prints. */
export interface InitReport {
  readonly root: string;
  readonly files: readonly { readonly path: string; readonly action: InitAction }[];
}

/** The files init scaffolds: repository path and template name. */
const scaffold = [
  { path: configFileName, template: 'init/evident.yml' },
  { path: 'SECURITY.md', template: 'init/SECURITY.md' },
  { path: 'docs/security/README.md', template: 'init/docs-security-README.md' },
  { path: 'advisories/README.md', template: 'init/advisories-README.md' },
] as const;

/** Where GitHub and most projects keep a security policy; an existing one is respected. */
const securityPolicyLocations = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];

/**
 * Writes evident.yml, SECURITY.md and the record folders, filled from package.json and the
 * git remote. Existing files are kept unless forced; a second run changes nothing.
 */
export async function initRepository(request: InitRequest, workspace: Workspace): Promise<InitReport> {
  const facts = await gatherFacts(workspace);
  const renderer = createWorkspaceRenderer(workspace);
  const existingPolicy = await findExisting(workspace, securityPolicyLocations);

  // Render everything before writing anything: a failure leaves the repository untouched.
  const files: { path: string; action: InitAction }[] = [];
  const writes: { path: string; text: string }[] = [];
  for (const { path, template } of scaffold) {
    const current = (await workspace.store.exists(path)) ? await workspace.store.readText(path) : undefined;
    const keepPolicy =
      path === 'SECURITY.md' && existingPolicy !== undefined && existingPolicy !== 'SECURITY.md';
    if (keepPolicy || (current !== undefined && !request.force)) {
      files.push({ path: keepPolicy ? (existingPolicy ?? path) : path, action: 'kept' });
      continue;
    }
    const text = await renderer.render(template, facts);
    if (path === configFileName) loadConfig(text, path); // what init writes, pack must accept
    if (text === current) {
      files.push({ path, action: 'unchanged' });
    } else {
      writes.push({ path, text });
      files.push({ path, action: current === undefined ? 'created' : 'overwritten' });
    }
  }
  for (const { path, text } of writes) {
    const target = resolve(workspace.root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  }
  return { root: workspace.root, files };
}

/** What init fills in: from evident.yml (when kept), package.json, the git remote and the directory name. */
interface Facts {
  readonly productId: string;
  readonly productName: string;
  readonly description?: string;
  readonly hasPackageJson: boolean;
  /** The manufacturer's name, or a placeholder that `evident pack` warns about. */
  readonly manufacturer: string;
  readonly manufacturerIsPlaceholder: boolean;
  /** The CSAF publisher namespace `advisory build` needs, or a placeholder. */
  readonly publisherNamespace: string;
  readonly publisherNamespaceIsPlaceholder: boolean;
  /** Where reporters write; a placeholder address when nothing real was found. */
  readonly contactEmail?: string;
  readonly contactEmailIsPlaceholder: boolean;
  readonly contactUrl?: string;
  /** The contact URL is GitHub's private vulnerability reporting form. */
  readonly contactUrlIsGitHub: boolean;
  /** Only a response time the user configured is promised. */
  readonly responseDays?: number;
}

async function gatherFacts(workspace: Workspace): Promise<Facts> {
  const manifest = await readPackageJson(workspace);
  const configured = await readExistingConfig(workspace);
  const remote = await workspace.git?.remoteUrl();
  const github = remote ? parseGitHubRemote(remote) : undefined;
  const name = stringField(manifest, 'name') ?? github?.repo ?? basename(workspace.root);
  const manufacturer =
    real(configured?.manufacturer?.name) ?? github?.owner ?? parsePerson(manifest?.author)?.name;
  const namespace =
    real(configured?.publisher?.namespace) ?? (github ? `https://github.com/${github.owner}` : undefined);
  return {
    productId: productIdOf(name),
    productName: name,
    hasPackageJson: manifest !== undefined,
    manufacturer: manufacturer ?? placeholders.name,
    manufacturerIsPlaceholder: manufacturer === undefined,
    publisherNamespace: namespace ?? placeholders.url,
    publisherNamespaceIsPlaceholder: namespace === undefined,
    ...optional('description', stringField(manifest, 'description')),
    ...gatherContact(configured, manifest, github),
  };
}

type ContactFacts = Pick<
  Facts,
  'contactEmail' | 'contactEmailIsPlaceholder' | 'contactUrl' | 'contactUrlIsGitHub' | 'responseDays'
>;

/**
 * Where reporters write, first found: evident.yml, package.json (bugs.email, the author's
 * e-mail), the GitHub repository's private reporting form; else a placeholder address.
 */
function gatherContact(
  configured: ResolvedConfig | undefined,
  manifest: Manifest | undefined,
  github: { url: string } | undefined,
): ContactFacts {
  const contact = configured?.products[0]?.securityContact;
  const githubForm = github ? `${github.url}/security/advisories/new` : undefined;
  const configuredEmail = real(contact?.email);
  const url = real(contact?.url) ?? (configuredEmail === undefined ? githubForm : undefined);
  const email =
    configuredEmail ?? stringField(asRecord(manifest?.bugs), 'email') ?? parsePerson(manifest?.author)?.email;
  const placeholder = email === undefined && url === undefined;
  return {
    contactEmailIsPlaceholder: placeholder,
    contactUrlIsGitHub: url !== undefined && url === githubForm,
    ...optional('contactEmail', placeholder ? placeholders.email : email),
    ...optional('contactUrl', url),
    ...optional('responseDays', contact?.responseDays),
  };
}

/** A configured value, unless it is a placeholder an earlier init wrote: init fills those in again. */
function real(value: string | undefined): string | undefined {
  return value === undefined || isPlaceholder(value) ? undefined : value;
}

/** The evident.yml init keeps, to write a SECURITY.md that agrees with it; an invalid one is ignored here. */
async function readExistingConfig(workspace: Workspace): Promise<ResolvedConfig | undefined> {
  if (!(await workspace.store.exists(configFileName))) return undefined;
  try {
    return loadConfig(await workspace.store.readText(configFileName), configFileName);
  } catch (error) {
    if (!isUserError(error)) throw error;
    workspace.logger.debug(`${configFileName} is not valid (${error.message}); init fills in without it`);
    return undefined;
  }
}

/** package.json `author`: `Name <email> (url)` or `{ name, email }`. */
function parsePerson(value: unknown): { name?: string; email?: string } | undefined {
  if (typeof value === 'string') {
    const email = /<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1];
    const name = value.replace(/<[^>]*>|\([^)]*\)/g, '').trim() || undefined;
    return { ...optional('name', name), ...optional('email', email) };
  }
  const record = asRecord(value);
  if (record === undefined) return undefined;
  return {
    ...optional('name', stringField(record, 'name')),
    ...optional('email', stringField(record, 'email')),
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** package.json, when it is JSON: init fills in what it can without it. */
async function readPackageJson(workspace: Workspace): Promise<Manifest | undefined> {
  try {
    return await readManifest(workspace.store, 'package.json', { fix: 'repair package.json' });
  } catch (error) {
    if (!isUserError(error)) throw error;
    workspace.logger.warn('package.json is not valid JSON; init fills in what it can without it');
    return undefined;
  }
}

function stringField(object: Manifest | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** owner/repo of a GitHub remote (https or ssh form). */
export function parseGitHubRemote(remote: string): { owner: string; repo: string; url: string } | undefined {
  const match = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remote);
  if (!match?.[1] || !match[2]) return undefined;
  return { owner: match[1], repo: match[2], url: `https://github.com/${match[1]}/${match[2]}` };
}

async function findExisting(workspace: Workspace, paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    if (await workspace.store.exists(path)) return path;
  }
  return undefined;
}
