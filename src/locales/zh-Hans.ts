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
  },
  actions: {
    rejectAll: '全部拒绝',
    save: '保存我的选择',
    acceptAll: '全部接受',
    group: '您的决定',
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
