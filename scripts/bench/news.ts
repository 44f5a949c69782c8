/**
 * Generated campaigns and news. Campaign names are invented and carry "(minh họa)"; each news
 * article reports one generated directive (a few days after it, by number, date and issuer, so the
 * portal links the two) and says in its source name and first line that it is illustrative.
 */
import { DOCUMENT_TYPES } from '../../src/lib/docnum/types.ts';
import { slugify } from '../../src/lib/text/fold.ts';
import { personName } from './bodies.ts';
import type { CampaignRef, GeneratedDirective } from './directives.ts';
import { LAST_DAY } from './directives.ts';
import { REFORM_DAY } from './bodies.ts';
import { rng } from './rng.ts';
import { addDays, decimalVi, dmy } from './text.ts';
import type { Province } from './units.ts';

const CAMPAIGN_NAMES = [
  'Thắp sáng đường quê',
  'Ngày Chủ nhật xanh vì nông thôn mới',
  'Hàng rào xanh, ngõ xóm sạch',
  'Nước sạch về từng thôn bản',
  'Đường hoa nông thôn mới',
  'Tuần lễ ra quân làm đường giao thông nông thôn',
  'Mỗi thôn một mô hình sản xuất hiệu quả',
  'Chung tay vì người nghèo ở nông thôn',
  'Tháng cao điểm vệ sinh môi trường nông thôn',
  'Chuyển đổi số cho thôn bản',
  'Khu dân cư kiểu mẫu, vườn mẫu',
  'Cánh đồng lớn, liên kết sản xuất',
];

/** A generated campaign: its reference for documents, and its file once documents exist. */
export interface GeneratedCampaign extends CampaignRef {
  launchedBy: string;
  locality?: string;
}

/** `count` campaigns, each national or in one current province, starting 2021–2024. */
export const generateCampaigns = (count: number, provinces: readonly Province[], seed: number): GeneratedCampaign[] =>
  Array.from({ length: count }, (_, i) => {
    const r = rng(seed, `campaign:${i}`);
    const base = CAMPAIGN_NAMES[i % CAMPAIGN_NAMES.length]!;
    const province = i < CAMPAIGN_NAMES.length && r.chance(0.5) ? undefined : r.pick(provinces);
    const name = `${base}${province && i >= CAMPAIGN_NAMES.length ? ` ${province.name}` : ''} (minh họa)`;
    return {
      id: slugify(name),
      name,
      from: r.int(2021, 2024),
      launchedBy: province ? `UBND tỉnh ${province.name}` : 'Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia',
      locality: province?.code,
    };
  });

/** A campaign's front matter and body, citing the first generated directive tagged with it. */
export const campaignFile = (c: GeneratedCampaign, directives: readonly GeneratedDirective[]): { frontMatter: Record<string, unknown>; body: string } => {
  const first = directives.find((d) => d.campaign === c.id);
  return {
    frontMatter: {
      name: c.name,
      launched_by: c.launchedBy,
      launch_document: first ? { number: first.number, date: first.date, issuer: first.issuer } : undefined,
      from: String(c.from),
      to: '',
      localities: c.locality ? [c.locality] : [],
      summary: `Phong trào minh họa (dữ liệu tổng hợp do npm run bench sinh ra), bắt đầu năm ${c.from}.`,
      sources: first ? [`van-ban/${first.id}`] : [],
    },
    body: `*Phong trào minh họa: dữ liệu tổng hợp, không phải phong trào thật.*\n\nPhong trào được phát động năm ${c.from}; các văn bản và tin bài gắn với phong trào được liệt kê bên dưới.\n`,
  };
};

/** One generated news article. */
export interface GeneratedNews {
  id: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

/** A unit code as of `at`, pinned (`12@2025-06-10`) when the article's date falls after the reform and `at` before it. */
const pinned = (code: string, at: string, date: string): string => (at < REFORM_DAY && date >= REFORM_DAY ? `${code}@${at}` : code);

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** `count` articles, each reporting a directive a few days after its date. */
export const generateNews = (opts: { count: number; directives: readonly GeneratedDirective[]; provinces: readonly Province[]; campaigns: readonly GeneratedCampaign[]; seed: number }): GeneratedNews[] => {
  const { seed, directives } = opts;
  if (directives.length === 0) return [];
  const names = new Map(opts.campaigns.map((c) => [c.id, c.name]));
  const provinceName = new Map(opts.provinces.map((p) => [p.slug, p.name]));
  const ids = new Set<string>();
  return Array.from({ length: opts.count }, (_, i) => {
    const r = rng(seed, `news:${i}`);
    const d = r.pick(directives);
    const date = [addDays(d.date, r.int(1, 15)), LAST_DAY].sort()[0]!;
    const place = String(d.frontMatter['place'] ?? provinceName.get(d.province));
    const typeName = DOCUMENT_TYPES[d.type].name;
    const campaign = d.campaign ? names.get(d.campaign) : undefined;
    const share = 40 + r.int(0, 55);
    const title = r.pick([
      `${place}: ${lower(d.subject.replace(/^(V\/v|Về việc|Về) /, ''))}`,
      `${d.issuer} ban hành ${lower(typeName)} số ${d.number}`,
      `${place} có thêm ${r.int(1, 9)} xã đạt chuẩn nông thôn mới`,
      `Giải ngân vốn nông thôn mới ở ${place} đạt ${share}% kế hoạch`,
      campaign ? `${place} ra quân hưởng ứng phong trào “${campaign.replace(/ \(minh họa\)$/, '')}”` : `${place} tăng tốc về đích nông thôn mới`,
    ]);
    const stem = slugify(title).split('-').slice(0, 9).join('-');
    let id = `${stem}-${date.replace(/-/g, '')}`;
    for (let k = 2; ids.has(id); k++) id = `${stem}-${date.replace(/-/g, '')}-${k}`;
    ids.add(id);
    const author = personName(r);
    const body = [
      '*Tin minh họa: dữ liệu tổng hợp do công cụ đo hiệu năng sinh ra, không phải tin thật.*',
      `Ngày ${dmy(d.date)}, ${d.issuer} ban hành ${typeName} số ${d.number} ${lower(d.subject.replace(/^V\/v /, 'về '))}. Văn bản giao nhiệm vụ cụ thể cho từng cơ quan, đơn vị và đặt thời hạn hoàn thành cho các nội dung trọng tâm.`,
      `Theo ${r.pick(['lãnh đạo địa phương', 'Văn phòng Điều phối nông thôn mới', 'cán bộ phụ trách nông thôn mới'])}, đến nay tỷ lệ giải ngân vốn của chương trình đạt khoảng ${decimalVi(share + r.float(), 1)}% kế hoạch; nhiều tuyến đường thôn, nhà văn hóa và công trình nước sạch đã hoàn thành, đưa vào sử dụng.`,
      `“Chúng tôi ưu tiên những tiêu chí người dân cần nhất, làm đến đâu chắc đến đó”, ${r.pick(['một cán bộ xã', 'Chủ tịch UBND xã', 'Trưởng thôn'])} cho biết. Người dân đóng góp ngày công, hiến đất làm đường và tham gia giữ gìn vệ sinh môi trường khu dân cư.`,
      campaign ? `Hoạt động nằm trong phong trào “${campaign}”, được các thôn hưởng ứng bằng những việc làm cụ thể vào cuối tuần.` : 'Thời gian tới, địa phương tiếp tục rà soát từng tiêu chí, tập trung vào thu nhập, môi trường và chuyển đổi số.',
    ].join('\n\n');
    return {
      id,
      frontMatter: {
        title,
        date,
        author,
        source_name: `Báo ${provinceName.get(d.province) ?? place} (tin minh họa, dữ liệu tổng hợp)`,
        campaigns: d.campaign ? [d.campaign] : [],
        // The directive's body, pinned to the directive's date when the article comes after the reform and the unit may be gone.
        localities: [pinned((d.frontMatter['localities'] as string[])[0]!, d.date, date)],
        reports: [{ number: d.number, date: d.date, issuer: d.issuer }],
        summary: `Tin minh họa về ${lower(typeName)} số ${d.number} của ${d.issuer}.`,
      },
      body: `${body}\n`,
    };
  });
};
