import { describe, expect, it } from 'vitest';
import { normalizeRepositoryUrl, repositoryLinks } from './repository.ts';

describe('normalizeRepositoryUrl', () => {
  it('turns what package.json and settings hold into the web address', () => {
    expect(normalizeRepositoryUrl('git+https://github.com/org/ntm.git')).toBe('https://github.com/org/ntm');
    expect(normalizeRepositoryUrl('git@github.com:org/ntm.git')).toBe('https://github.com/org/ntm');
    expect(normalizeRepositoryUrl('github:org/ntm')).toBe('https://github.com/org/ntm');
    expect(normalizeRepositoryUrl('https://gitlab.example.org/group/ntm/')).toBe('https://gitlab.example.org/group/ntm');
  });

  it('gives undefined for nothing or something that is not a web address', () => {
    expect(normalizeRepositoryUrl(undefined)).toBeUndefined();
    expect(normalizeRepositoryUrl('  ')).toBeUndefined();
    expect(normalizeRepositoryUrl('file:///srv/ntm')).toBeUndefined();
    expect(normalizeRepositoryUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('repositoryLinks', () => {
  it('builds GitHub-style links, pinned to a commit', () => {
    const l = repositoryLinks('https://github.com/org/ntm');
    expect(l.commit('abc')).toBe('https://github.com/org/ntm/commit/abc');
    expect(l.history('data/assessments/86-vinh-long', 'abc')).toBe('https://github.com/org/ntm/commits/abc/data/assessments/86-vinh-long');
    expect(l.log('abc')).toBe('https://github.com/org/ntm/commits/abc');
  });

  it('uses GitLab’s /-/ paths on a GitLab host', () => {
    const l = repositoryLinks('https://gitlab.com/org/ntm');
    expect(l.commit('abc')).toBe('https://gitlab.com/org/ntm/-/commit/abc');
    expect(l.history('content/directives/a b.md', 'abc')).toBe('https://gitlab.com/org/ntm/-/commits/abc/content/directives/a%20b.md');
  });
});
