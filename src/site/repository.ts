/**
 * The one setting for where the data's repository is browsed, used for "last changed" links and
 * /thay-doi/: REPO_URL (set it empty to turn the links off), else package.json's "repository",
 * else, in GitHub Actions, the repository being built (GITHUB_SERVER_URL/GITHUB_REPOSITORY). With
 * none of these the site shows dates without links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeRepositoryUrl, repositoryLinks, type RepositoryLinks } from '../lib/history/repository.ts';

const fromPackageJson = (root: string): string | undefined => {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
    return typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  } catch {
    return undefined;
  }
};

/** The repository's web address, or undefined (see the module comment). */
export const repositoryUrl = (env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string | undefined => {
  if (env.REPO_URL !== undefined) return normalizeRepositoryUrl(env.REPO_URL);
  const pkg = normalizeRepositoryUrl(fromPackageJson(root));
  if (pkg) return pkg;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return normalizeRepositoryUrl(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`);
  return undefined;
};

/** Link builders for the configured repository, or undefined when there is none. */
export const repository = (): RepositoryLinks | undefined => {
  const url = repositoryUrl();
  return url ? repositoryLinks(url) : undefined;
};
