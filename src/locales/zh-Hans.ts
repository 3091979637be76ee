import type { UiStrings } from './en.js';

/** 简体中文 */
const zhHans: UiStrings = {
  heading: '关于您的数据的选择',
  intro: {
    asker: '{{controller}} 请求您的同意。',
    contact: '联系方式：{{contact}}',
    withdraw: '您可以随时在本网站的“隐私选择”中更改或撤回您的同意，撤回与给予同意一样简单。',
    policy: '阅读完整的隐私政策',
    decide_one: '请对 {{count}} 项用途作出决定。在您选择之前，任何用途都不会被允许。',
    decide_other: '请对以下 {{count}} 项用途逐一作出决定。在您选择之前，任何用途都不会被允许。',
  },
  purpose: {
    necessary: '始终开启',
    necessaryNote: '这是提供您所请求的服务所必需的。它不依赖于您的同意，因此没有开关。',
    separate: '需要您单独同意',
    allow: '允许',
    dataCategories: '使用的数据',
    recipients: '共享对象',
    retention: '保存期限',
  },
  language: {
    notice: '此文本没有{{wanted}}版本，现以{{shown}}显示。',
    menu: '语言',
    changed: '现在以{{language}}显示。',
  },
  recipients: {
    show: '谁会收到这些数据',
    contact: '联系方式',
  },
  glossary: {
    explain: '“{{term}}”是什么意思？',
  },
  preferences: {
    open: '隐私选择',
    heading: '您的隐私选择',
    current: '下面显示的是您当前的选择。关闭某项用途并保存，即可撤回您的同意。',
    granted: '已允许',
    refused: '未允许',
    forget: '忘记我的选择',
  },
  reask: {
    intro: '自您上次作出决定以来有所变化，因此我们再次询问：',
    policy: '隐私政策有了新版本',
    clause_one: '您同意的 {{count}} 项用途的条款文本已更改',
    clause_other: '您同意的 {{count}} 项用途的条款文本已更改',
    added_one: '新增了 {{count}} 项用途',
    added_other: '新增了 {{count}} 项用途',
    expired_one: '您上次的决定已超过 {{count}} 天',
    expired_other: '您上次的决定已超过 {{count}} 天',
    gpc: '您的浏览器现在发送“全球隐私控制”信号，拒绝出售或共享您的数据',
  },
  gpc: {
    note: '由于您的浏览器发送了“全球隐私控制”信号，此项未被允许。您仍可自行允许。',
  },
  receipt: {
    heading: '您的同意凭证',
    download: '下载我的凭证（JSON）',
    none: '目前还没有凭证。',
    decidedOn: '决定时间：{{date}}',
    action: '操作',
    selfSigned: '由此浏览器签名。它证明记录未被更改，但不能证明是谁作出的。',
    hostSigned: '由本网站的密钥签名。',
    verified: '签名已验证',
    notVerified: '无法验证签名',
    textShown: '文本显示语言：{{language}}',
    needsHttps: '凭证需要安全（HTTPS）页面；您的选择仍然有效。',
  },
  placeholder: {
    blocked: '在您允许“{{purpose}}”之前，此内容已被屏蔽。',
    allow: '允许“{{purpose}}”',
  },
  actions: {
    rejectAll: '全部拒绝',
    save: '保存我的选择',
    acceptAll: '全部接受',
    group: '您的决定',
    withdraw: '撤回',
    acceptAllExcludes_one: '“全部接受”不包括{{purposes}}：该项需要您在上方单独选择。',
    acceptAllExcludes_other: '“全部接受”不包括{{purposes}}：每一项都需要您在上方单独选择。',
    close: '关闭，不作决定',
  },
  status: {
    saved: '您的选择已保存。您可以随时更改。',
    loading: '正在加载同意表单…',
  },
  errors: {
    invalidConfig: '由于设置有误，无法显示此同意表单。没有记录任何内容。',
    loadFailed: '无法加载此同意表单。没有记录任何内容。',
  },
};

export default zhHans;
