/**
 * Links into the repository that holds the data: a commit, and the history of a file or folder as
 * of the commit the site was built from (so the link shows what the page shows, even after later
 * commits). GitHub's address scheme, which Gitea and Forgejo share; GitLab's has "/-/".
 */

/** The repository's web address from what package.json or a setting may hold (git+https, .git, ssh), or undefined. */
export const normalizeRepositoryUrl = (raw: string | undefined): string | undefined => {
  const s = raw?.trim();
  if (!s) return undefined;
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/.exec(s);
  const shorthand = /^(github|gitlab):([\w.-]+\/[\w.-]+)$/.exec(s);
  const url = ssh ? `https://${ssh[1]}/${ssh[2]}` : shorthand ? `https://${shorthand[1]}.com/${shorthand[2]}` : s.replace(/^git\+/, '');
  if (!/^https?:\/\/[^/]+\/.+/.test(url)) return undefined;
  return url.replace(/\.git$/, '').replace(/\/+$/, '');
};

export interface RepositoryLinks {
  /** The repository's page. */
  home: string;
  /** A commit's page. */
  commit(hash: string): string;
  /** The commits that changed `path` (a file or folder), up to `ref`. */
  history(path: string, ref: string): string;
  /** Every commit up to `ref`. */
  log(ref: string): string;
}

/** Link builders for the repository at `url` (already normalized). */
export const repositoryLinks = (url: string): RepositoryLinks => {
  const dash = /\/\/[^/]*gitlab\./.test(url) ? '/-' : '';
  const path = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  return {
    home: url,
    commit: (hash) => `${url}${dash}/commit/${hash}`,
    history: (p, ref) => `${url}${dash}/commits/${ref}/${path(p)}`,
    log: (ref) => `${url}${dash}/commits/${ref}`,
  };
};
