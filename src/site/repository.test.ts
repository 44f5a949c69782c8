import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryUrl } from './repository.ts';

const project = (pkg: object) => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-repo-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  return dir;
};

describe('repositoryUrl', () => {
  const withRepo = project({ repository: { type: 'git', url: 'git+https://github.com/org/ntm.git' } });
  const without = project({ name: 'x' });
  const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'office/ntm-data' };

  it('takes REPO_URL first, and an empty REPO_URL turns links off', () => {
    expect(repositoryUrl({ REPO_URL: 'https://gitlab.com/a/b.git', ...actions }, withRepo)).toBe('https://gitlab.com/a/b');
    expect(repositoryUrl({ REPO_URL: '', ...actions }, withRepo)).toBeUndefined();
  });

  it('then package.json, then the repository GitHub Actions is building', () => {
    expect(repositoryUrl(actions, withRepo)).toBe('https://github.com/org/ntm');
    expect(repositoryUrl(actions, without)).toBe('https://github.com/office/ntm-data');
  });

  it('gives undefined when nothing names a repository', () => {
    expect(repositoryUrl({}, without)).toBeUndefined();
  });
});
