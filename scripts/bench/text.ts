/**
 * The wording of generated directives: trích yếu, summary and body, assembled from phrases written
 * for this generator (not taken from any real document) around the facts of the generated dataset
 * (bodies, communes, dates, counts drawn from the generated assessments, earlier documents cited by
 * number, date and issuer). Bodies run to a few hundred words with numbered tasks and, in reports,
 * a table, so pages and the search index have the shape and size of real ones.
 */
import { DOCUMENT_TYPES, type DocumentTypeKey } from '../../src/lib/docnum/types.ts';
import { REFORM_DAY, unitName, type Body } from './bodies.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import type { Rng } from './rng.ts';

/** "2024-03-12" → "12/3/2024", the way the body of a document writes a date. */
export const dmy = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** Vietnamese decimal: 70.8 → "70,8". */
export const decimalVi = (n: number, digits = 1): string => n.toFixed(digits).replace('.', ',');

/** A document cited by a generated one. */
export interface Cited {
  number: string;
  date: string;
  issuer: string;
  type: DocumentTypeKey;
  subject: string;
}

/** Counts for the area a document speaks of, from the generated assessments. */
export interface AreaStats {
  year: number;
  communes: number;
  complete: number;
  /** Mean criteria met per commune. */
  mean: number;
  /** Criteria in the set. */
  setSize: number;
}

/** What a document's text is written from. */
export interface DocFacts {
  body: Body;
  type: DocumentTypeKey;
  date: string;
  year: number;
  /** Communes the text names (in force on the date). */
  communes: readonly DemoUnit[];
  cited: readonly Cited[];
  campaign?: { id: string; name: string };
  stats?: AreaStats;
}

/** The text of a document. */
export interface DocText {
  subject: string;
  summary: string;
  body: string;
}

const typeName = (t: DocumentTypeKey): string => DOCUMENT_TYPES[t].name;
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;

/** The programme in force on a date, as the text names it. */
const programme = (date: string): string =>
  date >= '2026-01-01'
    ? 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026–2035'
    : 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021–2025';

/** The national basis a document starts from, by date (cited unlinked: the portal does not hold them). */
export const nationalBasis = (date: string): Cited =>
  date >= '2026-01-01'
    ? { number: '51/2025/QĐ-TTg', date: '2025-12-29', issuer: 'Thủ tướng Chính phủ', type: 'quyet-dinh', subject: 'ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030' }
    : date >= '2022-03-08'
      ? { number: '318/QĐ-TTg', date: '2022-03-08', issuer: 'Thủ tướng Chính phủ', type: 'quyet-dinh', subject: 'ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025' }
      : { number: '1689/QĐ-TTg', date: '2021-10-11', issuer: 'Thủ tướng Chính phủ', type: 'quyet-dinh', subject: 'ban hành kế hoạch thực hiện Chương trình giai đoạn 2021–2025' };

// Trích yếu topics of a công văn; {Y} is the year, {C} the campaign.
const TOPICS: readonly ((f: DocFacts) => string | undefined)[] = [
  (f) => `rà soát, đánh giá mức đạt các tiêu chí xã nông thôn mới năm ${f.year}`,
  (f) => `hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm ${f.year}`,
  (f) => `đôn đốc giải ngân vốn thực hiện chương trình mục tiêu quốc gia năm ${f.year}`,
  (f) => (f.campaign ? `đẩy mạnh phong trào “${f.campaign.name}”` : undefined),
  () => 'tăng cường bảo vệ môi trường, chỉnh trang cảnh quan nông thôn',
  () => 'phát triển sản phẩm OCOP gắn với xây dựng nông thôn mới',
  () => 'đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới',
  () => 'duy trì, nâng cao chất lượng các tiêu chí đã đạt',
  (f) => `báo cáo kết quả thực hiện 6 tháng đầu năm ${f.year}`,
  (f) => (f.date >= '2026-01-01' ? 'triển khai Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030' : undefined),
  (f) => (f.date >= '2025-05-01' && f.date <= '2025-09-30' ? 'bàn giao hồ sơ, dữ liệu nông thôn mới khi tổ chức chính quyền địa phương hai cấp' : undefined),
  () => 'cập nhật dữ liệu nông thôn mới lên hệ thống quản lý trực tuyến',
  (f) => `tổ chức kiểm tra, giám sát thực hiện chương trình tại các xã năm ${f.year}`,
];

const topic = (f: DocFacts, r: Rng): string => {
  const options = TOPICS.map((t) => t(f)).filter((t): t is string => t !== undefined);
  return r.pick(options);
};

/** The trích yếu of a document of type `type`. */
const subjectOf = (f: DocFacts, r: Rng): string => {
  const y = f.year;
  switch (f.type) {
    case 'cong-van':
      return `V/v ${topic(f, r)}`;
    case 'thong-bao':
      return `Kết luận của ${r.pick(['Chủ tịch', 'Phó Chủ tịch', 'đồng chí Phó Chủ tịch'])} ${f.body.issuer} tại ${r.pick(['cuộc họp', 'buổi làm việc', 'hội nghị'])} về ${topic(f, r)}`;
    case 'ke-hoach':
      return r.pick([
        `Thực hiện ${lower(programme(f.date))} năm ${y}`,
        f.campaign ? `Tổ chức phong trào “${f.campaign.name}” năm ${y}` : `Kiểm tra, giám sát thực hiện chương trình nông thôn mới năm ${y}`,
        `Nâng cao chất lượng các tiêu chí nông thôn mới năm ${y}`,
        f.date >= '2026-01-01' ? 'Triển khai Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026–2030' : `Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm ${y}`,
      ]);
    case 'quyet-dinh':
      return r.pick([
        f.communes[0] ? `Về việc công nhận ${unitName(f.communes[0])} đạt chuẩn nông thôn mới năm ${y - 1}` : `Về việc giao chỉ tiêu xây dựng nông thôn mới năm ${y}`,
        `Về việc giao chỉ tiêu xây dựng nông thôn mới năm ${y}`,
        `Về việc kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia ${unitName(f.body.unit)}`,
        `Về việc phân bổ vốn thực hiện chương trình mục tiêu quốc gia năm ${y}`,
      ]);
    case 'bao-cao':
      return r.pick([`Kết quả thực hiện chương trình xây dựng nông thôn mới 6 tháng đầu năm ${y}`, `Tình hình thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới quý ${r.int(1, 3)} năm ${y}`]);
    case 'chi-thi':
      return `Về tăng cường thực hiện chương trình xây dựng nông thôn mới năm ${y}`;
    case 'huong-dan':
      return r.pick(['Hướng dẫn đánh giá, chấm điểm các tiêu chí xã nông thôn mới', `Hướng dẫn hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới năm ${y}`, 'Hướng dẫn cập nhật minh chứng các chỉ tiêu nông thôn mới']);
    case 'nghi-quyet':
      return `Về lãnh đạo xây dựng nông thôn mới ${f.date >= '2026-01-01' ? 'giai đoạn 2026–2030' : 'giai đoạn 2021–2025'}`;
    case 'ket-luan':
      return `Kết luận của Ban Thường vụ về tình hình, kết quả xây dựng nông thôn mới năm ${y}`;
    default:
      return `V/v ${topic(f, r)}`;
  }
};

const LIMITS = [
  'Một số tiêu chí như thu nhập, môi trường và tổ chức sản xuất chưa thật sự bền vững, có nơi còn sụt giảm sau khi được công nhận.',
  'Tiến độ giải ngân vốn đầu tư phát triển ở một số địa phương còn chậm so với kế hoạch được giao.',
  'Việc huy động nguồn lực ngoài ngân sách còn hạn chế; phần lớn công trình vẫn dựa vào vốn nhà nước.',
  'Hồ sơ minh chứng ở cấp xã cập nhật chưa kịp thời, số liệu giữa các ngành có chỗ còn chênh lệch.',
  'Hạ tầng giao thông nội đồng và kênh mương ở các thôn vùng sâu, vùng xa còn thiếu đồng bộ.',
  'Công tác tuyên truyền ở một số nơi còn hình thức, chưa khơi dậy được vai trò chủ thể của người dân.',
  'Việc thu gom, xử lý chất thải rắn sinh hoạt và bao gói thuốc bảo vệ thực vật ở nông thôn chưa đáp ứng yêu cầu.',
  'Chất lượng hoạt động của các hợp tác xã còn thấp, liên kết sản xuất theo chuỗi giá trị chưa nhiều.',
];

const ACTIONS = [
  'rà soát, đánh giá thực chất từng chỉ tiêu, xác định rõ chỉ tiêu chưa đạt và lộ trình hoàn thành',
  'tham mưu bố trí vốn, hướng dẫn thanh toán, quyết toán các công trình đã hoàn thành',
  'hướng dẫn các địa phương hoàn thiện hồ sơ minh chứng theo đúng biểu mẫu quy định',
  'tăng cường kiểm tra, giám sát tại cơ sở, kịp thời tháo gỡ khó khăn, vướng mắc',
  'chỉ đạo nâng cao tỷ lệ người dân tham gia bảo hiểm y tế và sử dụng nước sạch',
  'đẩy mạnh tuyên truyền để người dân hiểu và tham gia xây dựng nông thôn mới',
  'phối hợp xây dựng, nâng hạng sản phẩm OCOP và mở rộng thị trường tiêu thụ',
  'tổ chức ra quân vệ sinh môi trường, trồng cây xanh, chỉnh trang đường làng ngõ xóm',
  'cập nhật đầy đủ số liệu lên hệ thống quản lý trực tuyến trước ngày báo cáo định kỳ',
  'tổng hợp kết quả thực hiện, báo cáo định kỳ hằng quý và đột xuất khi có yêu cầu',
  'rà soát cơ sở vật chất trường học, trạm y tế, nhà văn hóa để có phương án đầu tư',
  'duy trì tiêu chí an ninh, trật tự; giải quyết dứt điểm các vụ việc phức tạp ở cơ sở',
];

const ASSIGNEES: Readonly<Record<Body['tier'], (f: DocFacts) => string[]>> = {
  province: (f) => [
    f.date >= '2025-03-01' ? 'Sở Nông nghiệp và Môi trường' : 'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Tài chính',
    'Sở Xây dựng',
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Công an tỉnh',
    'Văn phòng Điều phối nông thôn mới tỉnh',
    f.date >= REFORM_DAY ? 'UBND các xã, phường, đặc khu' : 'UBND các huyện, thị xã, thành phố',
  ],
  district: (f) => [
    'Phòng Nông nghiệp và Phát triển nông thôn',
    'Phòng Tài chính – Kế hoạch',
    'Phòng Tài nguyên và Môi trường',
    'Phòng Văn hóa và Thông tin',
    'Phòng Kinh tế và Hạ tầng',
    f.communes.length > 0 ? `UBND các xã ${list(f.communes.slice(0, 3).map((c) => c.name))}` : 'UBND các xã, thị trấn',
  ],
  commune: () => ['Công chức địa chính – nông nghiệp', 'Ban phát triển các thôn', 'Ủy ban Mặt trận Tổ quốc và các đoàn thể xã', 'Công chức văn hóa – xã hội', 'Trưởng các thôn, bản'],
};

/** 1234567 → "1.234.567". */
export const thousandsVi = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The ISO day `days` after `iso`. */
export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const opening = (f: DocFacts): string => {
  const basis = nationalBasis(f.date);
  const cited = f.cited.map((c) => `${typeName(c.type)} số ${c.number} ngày ${dmy(c.date)} của ${c.issuer} ${lower(c.subject.replace(/^V\/v /, 'về '))}`);
  const what = f.type === 'bao-cao' ? `${f.body.issuer} báo cáo kết quả như sau:` : `${f.body.issuer} ${f.type === 'cong-van' ? 'đề nghị các cơ quan, đơn vị' : 'yêu cầu các cơ quan, đơn vị'} thực hiện một số nội dung sau:`;
  return cited.length > 0
    ? `Thực hiện ${cited.join('; ')}; căn cứ Quyết định số ${basis.number} ngày ${dmy(basis.date)} của ${basis.issuer}, ${what}`
    : `Căn cứ Quyết định số ${basis.number} ngày ${dmy(basis.date)} của ${basis.issuer} ${basis.subject}, ${what}`;
};

const situation = (f: DocFacts, r: Rng): string => {
  const where = f.body.tier === 'province' ? `toàn ${f.body.province.kind}` : f.body.tier === 'district' ? `toàn ${f.body.unit.kind}` : 'xã';
  const s = f.stats;
  if (!s || s.communes === 0) return `Thời gian qua, ${where} đã tập trung chỉ đạo, huy động nhiều nguồn lực cho xây dựng nông thôn mới; nhận thức của cán bộ và người dân có chuyển biến rõ nét.`;
  const pct = (100 * s.complete) / s.communes;
  const named = f.communes.slice(0, 4).map((c) => c.name);
  const names = named.length > 0 ? ` ${named.length > 1 ? 'Các xã' : 'Xã'} ${list(named)} được đánh giá có nhiều cố gắng.` : '';
  return `Đến hết năm ${s.year}, ${where} có ${s.complete}/${s.communes} xã đạt đủ ${s.setSize} tiêu chí (đạt ${decimalVi(pct)}%), bình quân mỗi xã đạt ${decimalVi(s.mean)} tiêu chí.${names} ${r.pick(['Tuy nhiên,', 'Bên cạnh kết quả đạt được,', 'Dù vậy,'])} ${lower(r.pick(LIMITS))}`;
};

const tasks = (f: DocFacts, r: Rng): string[] => {
  const who = r.sample(ASSIGNEES[f.body.tier](f), r.int(3, 5));
  return who.map((w, i) => {
    const deadline = r.chance(0.5) ? `, hoàn thành trước ngày ${dmy(addDays(f.date, r.int(15, 90)))}` : '';
    const extra = r.chance(0.5) ? ` Đồng thời ${r.pick(ACTIONS)}.` : '';
    return `${i + 1}. **${w}**: ${r.pick(ACTIONS)}${deadline}.${extra}`;
  });
};

const reportTable = (f: DocFacts, r: Rng): string[] => {
  const s = f.stats;
  const planned = s ? Math.min(s.communes, s.complete + r.int(1, 6)) : r.int(5, 30);
  const capital = r.int(20, 900) * 1000 + r.int(0, 999);
  const spent = Math.round(capital * (0.35 + 0.6 * r.float()));
  return [
    '| Chỉ tiêu | Kế hoạch | Thực hiện |',
    '|---|---:|---:|',
    `| Số xã đạt chuẩn nông thôn mới | ${planned} | ${s ? s.complete : planned - 1} |`,
    `| Bình quân tiêu chí/xã | ${s ? decimalVi(Math.min(s.setSize, s.mean + 0.5)) : '17,5'} | ${s ? decimalVi(s.mean) : '17,1'} |`,
    `| Vốn giải ngân (triệu đồng) | ${thousandsVi(capital)} | ${thousandsVi(spent)} |`,
  ];
};

const closing = (f: DocFacts): string =>
  f.body.kind === 'party'
    ? 'Các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện nghiêm túc./.'
    : `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời về ${f.body.tier === 'province' ? 'Văn phòng Điều phối nông thôn mới tỉnh' : f.body.issuer} để tổng hợp, xem xét giải quyết./.`;

/** The subject, summary and Markdown body of a document. */
export const documentText = (f: DocFacts, r: Rng): DocText => {
  const subject = subjectOf(f, r);
  const parts: string[] = [`*Văn bản minh họa: dữ liệu tổng hợp do công cụ đo hiệu năng sinh ra, không phải văn bản thật.*`, opening(f)];
  if (f.type === 'bao-cao') {
    parts.push('**I. Kết quả thực hiện**', situation(f, r), reportTable(f, r).join('\n'), '**II. Tồn tại, hạn chế**', r.sample(LIMITS, 2).join(' '), '**III. Nhiệm vụ, giải pháp thời gian tới**', tasks(f, r).join('\n'));
  } else if (f.type === 'thong-bao' || f.type === 'ket-luan') {
    parts.push('**1. Đánh giá chung**', situation(f, r), '**2. Nhiệm vụ thời gian tới**', tasks(f, r).join('\n'));
  } else {
    parts.push(situation(f, r), tasks(f, r).join('\n'));
    if (f.campaign) parts.push(`Các địa phương gắn việc thực hiện với phong trào “${f.campaign.name}”, lựa chọn nội dung phù hợp với điều kiện từng thôn, bản.`);
  }
  parts.push(closing(f));
  const summary = `${typeName(f.type)} minh họa của ${f.body.issuer}: ${lower(subject.replace(/^V\/v /, ''))}.`;
  return { subject, summary, body: `${parts.join('\n\n')}\n` };
};
