/**
 * What `npm run import` tells the publisher, in Vietnamese: what it read from each file, what it
 * could not find or had to guess, and what to do next. Every warning names the file and the field.
 */

/** The fields of the entries in words, for messages. */
export const FIELD_NAMES: Record<string, string> = {
  number: 'số, ký hiệu',
  type: 'loại văn bản',
  issuer: 'cơ quan ban hành',
  issuer_parent: 'cơ quan chủ quản',
  place: 'địa danh',
  date: 'ngày ban hành',
  subject: 'trích yếu',
  recipients: 'nơi gửi (Kính gửi)',
  distribution: 'nơi nhận',
  signer: 'người ký',
  'signer.title': 'chức vụ người ký',
  localities: 'địa bàn',
  campaigns: 'phong trào',
  corrections: 'đính chính trên bản gốc',
  cites: 'văn bản được dẫn chiếu',
  reports: 'văn bản bài báo đưa tin',
  summary: 'tóm tắt',
  title: 'tiêu đề',
  author: 'tác giả',
  source_name: 'nguồn',
  retrieved: 'ngày xem trang',
};

const named = (field: string): string => `${FIELD_NAMES[field] ?? field} (trường "${field}")`;

export const im = {
  notFound: (file: string, field: string) => `${file}: không tìm thấy ${named(field)}; hãy điền tay.`,
  unreadNumber: (file: string, raw: string) =>
    `${file}: không nhận ra dạng của số, ký hiệu "${raw}"; đã chép nguyên văn, hãy kiểm tra ${named('number')}.`,
  inferredIssuer: (file: string, issuer: string, basis: string) =>
    `${file}: bản sao không có tên cơ quan ở đầu văn bản; đã suy ra "${issuer}" từ ${basis}. Hãy kiểm tra ${named('issuer')}.`,
  typeConflict: (file: string, title: string, fromNumber: string) =>
    `${file}: tên loại in trên văn bản là "${title}" nhưng số, ký hiệu là của "${fromNumber}"; đã theo tên loại, hãy kiểm tra ${named('type')}.`,
  recasedSubject: (file: string) =>
    `${file}: trích yếu in hoa toàn bộ nên đã chuyển sang chữ thường; hãy kiểm tra chữ hoa của tên riêng ở ${named('subject')}.`,
  noSignerTitle: (file: string) => `${file}: khối chữ ký không ghi chức vụ của người ký; hãy kiểm tra ${named('signer.title')}.`,
  noLocality: (file: string, issuer: string) =>
    `${file}: chưa xác định được địa bàn của "${issuer}" trong data/units; hãy điền mã đơn vị vào ${named('localities')}.`,
  provisionalSummary: (file: string) =>
    `${file}: ${named('summary')} đang tạm lấy trích yếu; hãy thay bằng một hai câu tóm tắt bằng lời của đơn vị.`,
  provisionalNewsSummary: (file: string) =>
    `${file}: ${named('summary')} đang tạm lấy tiêu đề; hãy thay bằng một hai câu tóm tắt bằng lời của đơn vị.`,
  leadYear: (file: string, year: number) =>
    `${file}: trang không ghi ngày đăng; tạm ghi năm ${year} của sự việc đầu bài, hãy kiểm tra ${named('date')}.`,
  noSource: (file: string) =>
    `${file}: không thấy tên trang nguồn; đã ghi "đơn vị tự nhập", hãy điền tên trang và địa chỉ (source_name, source_url) nếu biết.`,
  // Notes shown next to a value in the report.
  noteStruck: (original: string, corrected: string) => `số ${original} bị gạch, số đang dùng là ${corrected}`,
  noteBlankSerial: 'bản gốc để trống số',
  noteBlankDay: 'bản gốc để trống ngày',
  noteBlankDayMonth: 'bản gốc để trống ngày và tháng',
  noteUndated: 'bản gốc để trống ngày, tháng, năm',
  noteInferred: 'suy ra, cần kiểm tra',
  noteFromNumber: 'theo số, ký hiệu',
  noteFromTitle: 'theo tên loại',
  noteFromSubject: 'theo dòng V/v',
  noteFromUnits: 'theo cơ quan ban hành và data/units',
  notePlaceAdded: 'địa danh lấy từ cơ quan chủ quản',
  noteLeadYear: 'năm của sự việc đầu bài',
  notePageDate: 'ngày hiển thị ở đầu trang',
  noneFound: '(không có)',
  // The command itself.
  usage: [
    'Cách dùng: npm run import -- <tệp.txt> [<tệp.txt>…] [--force] [--as news] [--out <thư mục>]',
    '  --as news           nhập bài báo (tin tức) thay cho văn bản chỉ đạo',
    '  --out <thư mục>     ghi vào thư mục này thay cho content/directives hoặc content/news',
    '  --force             ghi đè tệp đã có',
    '  --source-name <tên> tên trang hoặc nơi đã lấy bản sao (source_name)',
    '  --source-url <url>  địa chỉ trang đã lấy bản sao (source_url)',
    '  --illustrative      đánh dấu văn bản minh họa, tự soạn để trình diễn (illustrative: 1)',
  ].join('\n'),
  unknownOption: (option: string) => `Không hiểu tùy chọn ${option}.`,
  missingValue: (option: string) => `Tùy chọn ${option} cần một giá trị.`,
  noFiles: 'Chưa nêu tệp nào để nhập.',
  illustrativeNews: 'Tùy chọn --illustrative chỉ dùng cho văn bản chỉ đạo, không dùng với --as news.',
  unreadable: (file: string, reason: string) => `${file}: không đọc được tệp (${reason}).`,
  readError: (code: string | undefined) =>
    code === 'ENOENT' ? 'không có tệp này' : code === 'EACCES' ? 'không có quyền đọc' : code === 'EISDIR' ? 'đây là thư mục' : `lỗi ${code ?? 'không rõ'}`,
  emptyFile: (file: string) => `${file}: tệp rỗng.`,
  exists: (path: string) => `${path} đã có; không ghi đè. Thêm --force nếu muốn thay tệp này.`,
  written: (path: string) => `Đã ghi ${path}`,
  heading: (file: string, kind: 'directive' | 'news') => `== ${file} (${kind === 'directive' ? 'văn bản chỉ đạo' : 'tin tức'})`,
  warningsHeading: 'Cảnh báo:',
  total: (files: number, written: number, warnings: number, errors: number) =>
    `Đã đọc ${files} tệp, ghi ${written} tệp, ${warnings} cảnh báo, ${errors} lỗi. Kiểm tra từng trường rồi chạy: npm run validate`,
} as const;
