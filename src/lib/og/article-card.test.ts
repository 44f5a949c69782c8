import { describe, expect, it } from 'vitest';
import { articleCardAlt, campaignCard, newsCard } from './article-card.ts';
import { previewAlt } from './preview-card.ts';

describe('newsCard', () => {
  it('puts the kind, date and source above the title, campaigns and places below', () => {
    const card = newsCard({ site: 'S', title: 'Tiêu đề', date: '19/01/2023', source: 'Báo Kon Tum', campaigns: ['A', 'B'], places: ['Tỉnh Kon Tum', 'Huyện X'] });
    expect(card).toEqual({ kind: 'article', site: 'S', kicker: 'Tin tức · 19/01/2023 · Báo Kon Tum', title: 'Tiêu đề', details: ['Phong trào: A; B', 'Tỉnh Kon Tum, Huyện X'] });
  });

  it('leaves out what the article does not have', () => {
    const card = newsCard({ site: 'S', title: 'T', date: '', source: 'Báo', campaigns: [], places: [] });
    expect(card.kicker).toBe('Tin tức · Báo');
    expect(card.details).toEqual([]);
  });
});

describe('campaignCard', () => {
  it('says who launched it, when, and how much the portal holds', () => {
    const card = campaignCard({ site: 'S', name: 'Ngày thứ 7 vì nông thôn mới', launchedBy: 'Tỉnh ủy Quảng Trị', period: '2020 – …', directives: 1, news: 1200 });
    expect(card.kicker).toBe('Phong trào · 2020 – …');
    expect(card.details).toEqual(['Phát động: Tỉnh ủy Quảng Trị', 'Trên cổng: 1 văn bản, 1.200 tin bài']);
  });

  it('has no period or launcher line when they are unknown', () => {
    const card = campaignCard({ site: 'S', name: 'P', directives: 0, news: 0 });
    expect(card.kicker).toBe('Phong trào');
    expect(card.details).toEqual(['Trên cổng: 0 văn bản, 0 tin bài']);
  });
});

describe('alt text', () => {
  it('reads the whole card in order, the same for any card', () => {
    const card = newsCard({ site: 'S', title: 'Tiêu đề', date: '19/01/2023', source: 'Báo', campaigns: [], places: ['Tỉnh A'] });
    expect(articleCardAlt(card)).toBe('Ảnh xem trước: Tin tức · 19/01/2023 · Báo. Tiêu đề. Tỉnh A.');
    expect(previewAlt(card)).toBe(articleCardAlt(card));
  });
});
