/**
 * Messages shown to publishers when their data files are wrong. Vietnamese, because the people who
 * fix the files are provincial office staff; column names are quoted exactly as written in the file.
 * Every message says what was found and what is expected.
 */

/** Wraps a value for display in a message, showing blanks explicitly. */
export const shown = (value: string): string => (value === '' ? '(trống)' : `"${value}"`);

export const msg = {
  required: 'không được để trống',
  code: (digits: string) => `cần mã số gồm ${digits} chữ số (giữ số 0 ở đầu, ví dụ "02", "00123")`,
  isoDate: 'cần ngày viết năm-tháng-ngày, ví dụ 2024-01-26',
  isoDateLooksVietnamese: (iso: string) => `cần ngày viết năm-tháng-ngày; có phải là ${iso}?`,
  impossibleDate: 'ngày không tồn tại',
  partialDate: 'cần ngày viết năm-tháng-ngày (2024-01-26), chỉ tháng (2024-01), chỉ năm (2024), hoặc để trống khi văn bản không ghi',
  year: (min: number, max: number) => `cần năm gồm 4 chữ số, từ ${min} đến ${max}`,
  decimal: 'cần một số viết bằng chữ số, dấu chấm "." cho phần thập phân, không có dấu phân cách hàng nghìn (ví dụ 25608.6)',
  excelNumber: (fixed: string) =>
    `số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết ${fixed} (dấu chấm cho phần thập phân, không phân cách hàng nghìn)`,
  nonNegative: 'cần một số không âm',
  integer: 'cần một số nguyên',
  flag: 'cần 1 (có) hoặc 0 (không)',
  met: 'cần 1 (đạt) hoặc 0 (chưa đạt)',
  oneOf: (values: readonly string[]) => `cần một trong các giá trị: ${values.join(', ')}`,
  slug: 'cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)',
  url: 'cần địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://',
  sourceRef:
    'cần nguồn dạng van-ban/<mã văn bản>, tin-tuc/<mã tin>, hoặc địa chỉ https://…; dữ liệu minh họa ghi 1 ở cột "illustrative" thay cho nguồn',
  unitRef: 'cần mã đơn vị hành chính (ví dụ 29489), có thể kèm ngày: 29489@2024-12-31',
  scopeRef: 'cần "VN" (cả nước) hoặc mã đơn vị hành chính (ví dụ 62)',
  sourceOrIllustrative: 'cần nguồn (cột "source"), hoặc ghi 1 ở cột "illustrative" nếu là số liệu minh họa',
  valueOrTarget: 'cần ít nhất một trong hai cột "value" (thực hiện) hoặc "target" (kế hoạch)',
  validRange: 'ngày bắt đầu không được sau ngày kết thúc',
  yearMismatch: (fileYear: string) => `năm không khớp với tên tệp (${fileYear}.csv): mỗi tệp chỉ chứa kết quả của một năm`,
  expectedObject: 'cần một nhóm trường lồng nhau (mỗi trường một dòng, thụt vào hai dấu cách), không phải một giá trị đơn',
  // CSV structure
  bom: 'tệp bắt đầu bằng ký tự BOM (thường do Excel lưu "CSV UTF-8"); hãy lưu lại dạng UTF-8 không BOM',
  crlf: 'tệp dùng xuống dòng kiểu Windows (CRLF); hãy lưu lại với xuống dòng LF',
  semicolon: 'tệp dùng dấu chấm phẩy ";" để phân cách cột (Excel tiếng Việt); hãy dùng dấu phẩy ","',
  notUtf8: 'tệp không phải UTF-8 (có ký tự không đọc được); hãy lưu lại dạng UTF-8',
  emptyFile: 'tệp rỗng: cần ít nhất dòng tiêu đề',
  unknownColumn: (allowed: readonly string[]) => `cột không có trong định dạng; các cột hợp lệ: ${allowed.join(', ')}`,
  missingColumn: (name: string) => `thiếu cột "${name}"`,
  duplicateColumn: 'cột bị lặp lại ở dòng tiêu đề',
  fieldCount: (got: number, want: number) => `dòng có ${got} ô nhưng tiêu đề có ${want} cột (kiểm tra dấu phẩy và dấu ngoặc kép)`,
  csvSyntax: (detail: string) => `lỗi cú pháp CSV: ${detail}`,
  // Markdown front matter
  noFrontmatter: 'thiếu phần thông tin đầu tệp (front matter) nằm giữa hai dòng "---"',
  yamlSyntax: (detail: string) =>
    `lỗi cú pháp YAML: ${detail} — kiểm tra thụt lề, và đặt trong ngoặc kép những giá trị có dấu hai chấm ":" hoặc dấu "#"`,
  unknownField: (names: string) => `trường ${names} không có trong định dạng (xem mục "Định dạng dữ liệu" trong README)`,
  expectedList: 'cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  expectedText: 'cần một đoạn chữ',
  // Cross references
  unknownUnit: (date: string) => `không có đơn vị hành chính nào mang mã này còn hiệu lực vào ngày ${date}`,
  unknownParent: 'đơn vị cấp trên không tồn tại trong cùng thời kỳ',
  unknownSet: 'bộ tiêu chí không có trong data/criteria/sets.csv',
  setNotForYear: (from: string, to: string) => `bộ tiêu chí này chỉ áp dụng từ ${from} đến ${to}`,
  unknownCriterion: (set: string) => `không có tiêu chí này trong bộ tiêu chí ${set}`,
  unknownGroup: (set: string) => `không có nhóm tiêu chí này trong bộ tiêu chí ${set}`,
  unknownLevel: (set: string, levels: readonly string[]) => `mức đạt chuẩn không có trong bộ tiêu chí ${set}; cần: ${levels.join(', ')}`,
  unknownIndicator: 'chỉ tiêu không có trong data/indicators.csv',
  unknownProgramme: 'chương trình không có trong data/programmes.csv',
  unknownCampaign: 'phong trào không có trong content/campaigns/',
  unknownDirective: 'không có văn bản này trong content/directives/',
  unknownNews: 'không có tin này trong content/news/',
  unknownType: (allowed: readonly string[]) => `loại văn bản không hợp lệ; cần một trong: ${allowed.join(', ')}`,
  duplicate: (where: string) => `trùng với ${where}`,
  slugTaken: (where: string) => `đường dẫn này đã là của ${where}; mỗi đường dẫn cũ chỉ trỏ tới một văn bản`,
  slugReserved: (words: readonly string[]) => `không dùng được làm mã văn bản vì trùng đường dẫn của thư viện (${words.join(', ')})`,
  duplicateNumber: (where: string) => `số ký hiệu trùng với văn bản ${where} của cùng cơ quan, cùng năm`,
  dateOutOfRange: (min: string, max: string) => `ngày nằm ngoài khoảng cho phép (${min} đến ${max})`,
  lineageKind: 'cần full (sáp nhập toàn bộ) hoặc partial (một phần)',
} as const;
