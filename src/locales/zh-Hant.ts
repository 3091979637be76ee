import type { UiStrings } from './en.js';

/** 繁體中文 */
const strings: UiStrings = {
  heading: '關於您資料的選擇',
  intro: {
    asker: '{{controller}} 請求您的同意。',
    contact: '聯絡方式：{{contact}}',
    withdraw: '您可以隨時在本網站的「隱私選擇」中變更或撤回您的同意，撤回與給予同意一樣簡單。',
    policy: '閱讀完整的隱私權政策',
    decide_one: '請對以下 {{count}} 項用途做出決定。在您自行選擇之前，任何用途都不會獲得允許。',
    decide_other: '請對以下 {{count}} 項用途做出決定。在您自行選擇之前，任何用途都不會獲得允許。',
  },
  purpose: {
    necessary: '一律啟用',
    necessaryNote: '這是提供您所要求的服務所必需的。它不以您的同意為依據，因此沒有開關。',
    separate: '需要您另行同意',
    allow: '允許',
    dataCategories: '使用的資料',
    recipients: '分享對象',
    retention: '保存期限',
  },
  language: {
    notice: '此文字沒有{{wanted}}版本，目前以{{shown}}顯示。',
    menu: '語言',
    changed: '現在以{{language}}顯示。',
  },
  recipients: {
    show: '誰會收到這些資料',
    contact: '聯絡方式',
  },
  glossary: {
    explain: '「{{term}}」是什麼意思？',
  },
  preferences: {
    open: '隱私選擇',
    heading: '您的隱私選擇',
    current: '以下是您目前的選擇。關閉某項用途並儲存，即可撤回您的同意。',
    granted: '已允許',
    refused: '未允許',
    forget: '清除我的選擇',
  },
  reask: {
    intro: '自您上次做出決定後已有變更，因此我們再次詢問：',
    policy: '隱私權政策已有新版本',
    clause_one: '您同意的 {{count}} 項用途的條款文字已變更',
    clause_other: '您同意的 {{count}} 項用途的條款文字已變更',
    added_one: '新增了 {{count}} 項用途',
    added_other: '新增了 {{count}} 項用途',
    expired_one: '您上次的決定已超過 {{count}} 天',
    expired_other: '您上次的決定已超過 {{count}} 天',
    gpc: '您的瀏覽器現在發送「全球隱私控制」（Global Privacy Control）訊號，拒絕出售或分享您的資料',
  },
  gpc: {
    note: '由於您的瀏覽器發送了「全球隱私控制」（Global Privacy Control）訊號，此項未獲允許。您仍可自行允許。',
  },
  receipt: {
    heading: '您的同意憑證',
    download: '下載我的憑證（JSON）',
    none: '目前還沒有憑證。',
    decidedOn: '決定時間：{{date}}',
    action: '動作',
    selfSigned: '由此瀏覽器簽署。它能證明紀錄未遭更改，但無法證明是誰建立的。',
    hostSigned: '由本網站的金鑰簽署。',
    verified: '簽章已驗證',
    notVerified: '無法驗證簽章',
    textShown: '文字顯示語言：{{language}}',
    needsHttps: '憑證需要安全（HTTPS）頁面；您的選擇仍然有效。',
  },
  placeholder: {
    blocked: '在您允許「{{purpose}}」之前，此內容已被封鎖。',
    allow: '允許「{{purpose}}」',
  },
  actions: {
    rejectAll: '全部拒絕',
    save: '儲存我的選擇',
    acceptAll: '全部接受',
    group: '您的決定',
    withdraw: '撤回',
    acceptAllExcludes_one: '「全部接受」不包括{{purposes}}：該項需要您在上方另行選擇。',
    acceptAllExcludes_other: '「全部接受」不包括{{purposes}}：每一項都需要您在上方另行選擇。',
    close: '關閉，不做決定',
  },
  status: {
    saved: '您的選擇已儲存。您可以隨時變更。',
    loading: '正在載入同意表單…',
  },
  errors: {
    invalidConfig: '由於設定有誤，無法顯示此同意表單。未記錄任何內容。',
    loadFailed: '無法載入此同意表單。未記錄任何內容。',
  },
};

export default strings;
