import type { UiStrings } from './en.js';

/** 日本語 */
const strings: UiStrings = {
  heading: 'ご自身のデータに関する選択',
  intro: {
    asker: '{{controller}}は、あなたの同意を求めています。',
    contact: 'お問い合わせ先：{{contact}}',
    withdraw:
      'このサイトの「プライバシーの選択」から、同意したときと同じように簡単に、いつでも同意を変更または撤回できます。',
    policy: 'プライバシーポリシーの全文を読む',
    decide_one: '{{count}}件の目的について選択してください。あなたが選択するまで、何も許可されません。',
    decide_other:
      'これら{{count}}件の目的について、それぞれ選択してください。あなたが選択するまで、何も許可されません。',
  },
  purpose: {
    necessary: '常に有効',
    necessaryNote: 'ご依頼のサービスの提供に必要です。同意に基づくものではないため、切り替えスイッチはありません。',
    separate: '個別の同意が必要です',
    allow: '許可する',
    dataCategories: '使用するデータ',
    recipients: '共有先',
    retention: '保存期間',
  },
  language: {
    notice: 'このテキストは{{wanted}}では提供されていないため、{{shown}}で表示しています。',
    menu: '言語',
    changed: '表示言語を{{language}}に切り替えました。',
  },
  recipients: {
    show: 'このデータの提供先',
    contact: '連絡先',
  },
  glossary: {
    explain: '「{{term}}」とはどういう意味ですか？',
  },
  preferences: {
    open: 'プライバシーの選択',
    heading: 'あなたのプライバシーの選択',
    current: '現在の選択内容は以下のとおりです。同意を撤回するには、目的をオフにして保存してください。',
    granted: '許可済み',
    refused: '未許可',
    forget: '選択内容を消去する',
  },
  reask: {
    intro: '前回の選択以降に変更があったため、改めてお尋ねします：',
    policy: 'プライバシーポリシーが改訂されました',
    clause_one: '同意済みの{{count}}件の目的の文言が変更されました',
    clause_other: '同意済みの{{count}}件の目的の文言が変更されました',
    added_one: '新しい目的が{{count}}件追加されました',
    added_other: '新しい目的が{{count}}件追加されました',
    expired_one: '前回の選択から{{count}}日を超えています',
    expired_other: '前回の選択から{{count}}日を超えています',
    gpc: 'お使いのブラウザーがグローバル・プライバシー・コントロールの信号を送信するようになり、データの販売や共有を拒否しています',
  },
  gpc: {
    note: 'お使いのブラウザーがグローバル・プライバシー・コントロールの信号を送信しているため、許可されていません。ご自身で許可することもできます。',
  },
  receipt: {
    heading: 'あなたの同意レシート',
    download: '自分のレシートをダウンロードする（JSON）',
    none: 'レシートはまだありません。',
    decidedOn: '決定日時：{{date}}',
    action: '操作',
    selfSigned:
      'このブラウザーによる署名です。記録が変更されていないことは証明しますが、誰が作成したかは証明しません。',
    hostSigned: 'サイトの鍵による署名です。',
    verified: '署名を検証しました',
    notVerified: '署名を検証できませんでした',
    textShown: '表示言語：{{language}}',
    needsHttps: 'レシートには安全な（HTTPS）ページが必要です。選択内容は引き続き有効です。',
  },
  placeholder: {
    blocked: '「{{purpose}}」を許可するまで、このコンテンツはブロックされます。',
    allow: '「{{purpose}}」を許可する',
  },
  actions: {
    rejectAll: 'すべて拒否する',
    save: '選択内容を保存する',
    acceptAll: 'すべて同意する',
    group: 'あなたの決定',
    withdraw: '撤回する',
    acceptAllExcludes_one: '「すべて同意する」には{{purposes}}は含まれません。上で個別に選択してください。',
    acceptAllExcludes_other: '「すべて同意する」には{{purposes}}は含まれません。それぞれ上で個別に選択してください。',
    close: '決めずに閉じる',
  },
  status: {
    saved: '選択内容を保存しました。いつでも変更できます。',
    loading: '同意フォームを読み込んでいます…',
  },
  errors: {
    invalidConfig: 'この同意フォームは設定に誤りがあるため表示できません。何も記録されていません。',
    loadFailed: 'この同意フォームを読み込めませんでした。何も記録されていません。',
  },
};

export default strings;
