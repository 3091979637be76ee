import type { UiStrings } from './en.js';

/** Tiếng Việt */
const strings: UiStrings = {
  heading: 'Các lựa chọn về dữ liệu của bạn',
  intro: {
    asker: '{{controller}} xin sự đồng ý của bạn.',
    contact: 'Liên hệ: {{contact}}',
    withdraw:
      'Bạn có thể thay đổi hoặc rút lại sự đồng ý bất cứ lúc nào tại mục “Lựa chọn quyền riêng tư” trên trang web này, dễ dàng như khi bạn đưa ra sự đồng ý.',
    policy: 'Đọc toàn bộ chính sách quyền riêng tư',
    decide_one:
      'Hãy đưa ra quyết định về {{count}} mục đích dưới đây. Không mục đích nào được cho phép cho đến khi bạn tự chọn.',
    decide_other:
      'Hãy đưa ra quyết định về {{count}} mục đích dưới đây. Không mục đích nào được cho phép cho đến khi bạn tự chọn.',
  },
  purpose: {
    necessary: 'Luôn bật',
    necessaryNote:
      'Cần thiết cho dịch vụ bạn đã yêu cầu. Mục này không dựa trên sự đồng ý của bạn, vì vậy không có nút bật/tắt.',
    separate: 'Cần sự đồng ý riêng của bạn',
    allow: 'Cho phép',
    dataCategories: 'Dữ liệu được sử dụng',
    recipients: 'Được chia sẻ với',
    retention: 'Thời gian lưu giữ',
  },
  language: {
    notice: 'Văn bản này không có bằng {{wanted}}. Văn bản đang được hiển thị bằng {{shown}}.',
    menu: 'Ngôn ngữ',
    changed: 'Hộp thoại hiện được hiển thị bằng {{language}}.',
  },
  recipients: {
    show: 'Ai nhận dữ liệu này',
    contact: 'Liên hệ',
  },
  glossary: {
    explain: '“{{term}}” nghĩa là gì?',
  },
  preferences: {
    open: 'Lựa chọn quyền riêng tư',
    heading: 'Lựa chọn quyền riêng tư của bạn',
    current:
      'Các lựa chọn hiện tại của bạn được hiển thị bên dưới. Để rút lại sự đồng ý, hãy tắt một mục đích và lưu lại.',
    granted: 'Đã cho phép',
    refused: 'Không cho phép',
    forget: 'Xóa các lựa chọn của tôi',
  },
  reask: {
    intro: 'Đã có thay đổi kể từ lần bạn quyết định gần nhất, vì vậy chúng tôi hỏi lại:',
    policy: 'chính sách quyền riêng tư có phiên bản mới',
    clause_one: 'nội dung của {{count}} mục đích mà bạn đã đồng ý đã thay đổi',
    clause_other: 'nội dung của {{count}} mục đích mà bạn đã đồng ý đã thay đổi',
    added_one: 'đã thêm {{count}} mục đích mới',
    added_other: 'đã thêm {{count}} mục đích mới',
    expired_one: 'quyết định gần nhất của bạn đã quá {{count}} ngày',
    expired_other: 'quyết định gần nhất của bạn đã quá {{count}} ngày',
    gpc: 'trình duyệt của bạn giờ gửi tín hiệu Global Privacy Control, từ chối việc bán hoặc chia sẻ dữ liệu của bạn',
  },
  gpc: {
    note: 'Không cho phép vì trình duyệt của bạn gửi tín hiệu Global Privacy Control. Bạn vẫn có thể tự cho phép.',
  },
  receipt: {
    heading: 'Biên nhận đồng ý của bạn',
    download: 'Tải xuống biên nhận của tôi (JSON)',
    none: 'Chưa có biên nhận nào.',
    decidedOn: 'Quyết định vào ngày {{date}}',
    action: 'Thao tác',
    selfSigned:
      'Được ký bởi trình duyệt này. Chữ ký chứng minh bản ghi không bị thay đổi, chứ không chứng minh ai đã tạo ra nó.',
    hostSigned: 'Được ký bằng khóa của trang web.',
    verified: 'Đã xác minh chữ ký',
    notVerified: 'Không thể xác minh chữ ký',
    textShown: 'Văn bản hiển thị bằng {{language}}',
    needsHttps: 'Biên nhận cần trang an toàn (HTTPS); các lựa chọn của bạn vẫn có hiệu lực.',
  },
  placeholder: {
    blocked: 'Nội dung này bị chặn cho đến khi bạn cho phép “{{purpose}}”.',
    allow: 'Cho phép “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Từ chối tất cả',
    save: 'Lưu lựa chọn của tôi',
    acceptAll: 'Chấp nhận tất cả',
    group: 'Quyết định của bạn',
    withdraw: 'Rút lại',
    acceptAllExcludes_one: '“Chấp nhận tất cả” không bao gồm {{purposes}}: cần được chọn riêng ở phía trên.',
    acceptAllExcludes_other: '“Chấp nhận tất cả” không bao gồm {{purposes}}: cần được chọn riêng ở phía trên.',
    close: 'Đóng mà không quyết định',
  },
  status: {
    saved: 'Các lựa chọn của bạn đã được lưu. Bạn có thể thay đổi bất cứ lúc nào.',
    loading: 'Đang tải biểu mẫu đồng ý…',
  },
  errors: {
    invalidConfig:
      'Không thể hiển thị biểu mẫu đồng ý này vì biểu mẫu được thiết lập không đúng. Chưa có gì được ghi nhận.',
    loadFailed: 'Không thể tải biểu mẫu đồng ý này. Chưa có gì được ghi nhận.',
  },
};

export default strings;
