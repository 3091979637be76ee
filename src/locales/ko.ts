import type { UiStrings } from './en.js';

/** 한국어 */
const strings: UiStrings = {
  heading: '내 데이터에 대한 선택',
  intro: {
    asker: '{{controller}}에서 동의를 요청합니다.',
    contact: '연락처: {{contact}}',
    withdraw:
      '이 사이트의 ‘개인정보 선택’에서 언제든지 동의를 변경하거나 철회할 수 있으며, 철회는 동의할 때만큼 쉽습니다.',
    policy: '개인정보 처리방침 전문 읽기',
    decide_one: '{{count}}개 목적에 대해 결정해 주십시오. 직접 선택하기 전에는 아무것도 허용되지 않습니다.',
    decide_other: '다음 {{count}}개 목적 각각에 대해 결정해 주십시오. 직접 선택하기 전에는 아무것도 허용되지 않습니다.',
  },
  purpose: {
    necessary: '항상 켜짐',
    necessaryNote: '요청하신 서비스에 필요합니다. 동의에 근거하지 않으므로 스위치가 없습니다.',
    separate: '별도의 동의가 필요합니다',
    allow: '허용',
    dataCategories: '이용되는 데이터',
    recipients: '공유 대상',
    retention: '보유 기간',
  },
  language: {
    notice: '이 텍스트는 {{wanted}}로 제공되지 않아 {{shown}}로 표시됩니다.',
    menu: '언어',
    changed: '이제 {{language}}로 표시됩니다.',
  },
  recipients: {
    show: '이 데이터를 받는 곳',
    contact: '연락처',
  },
  glossary: {
    explain: '‘{{term}}’의 뜻은 무엇입니까?',
  },
  preferences: {
    open: '개인정보 선택',
    heading: '내 개인정보 선택',
    current: '현재 선택한 내용은 아래와 같습니다. 동의를 철회하려면 해당 목적을 끄고 저장하십시오.',
    granted: '허용됨',
    refused: '허용 안 됨',
    forget: '내 선택 지우기',
  },
  reask: {
    intro: '마지막으로 결정하신 이후 변경된 사항이 있어 다시 여쭙니다:',
    policy: '개인정보 처리방침이 새 버전으로 바뀌었습니다',
    clause_one: '동의하신 목적 {{count}}개의 문구가 변경되었습니다',
    clause_other: '동의하신 목적 {{count}}개의 문구가 변경되었습니다',
    added_one: '새로운 목적 {{count}}개가 추가되었습니다',
    added_other: '새로운 목적 {{count}}개가 추가되었습니다',
    expired_one: '마지막 결정 후 {{count}}일이 넘게 지났습니다',
    expired_other: '마지막 결정 후 {{count}}일이 넘게 지났습니다',
    gpc: '브라우저가 이제 글로벌 프라이버시 컨트롤 신호를 보내며, 이 신호는 데이터 판매나 공유를 거부합니다',
  },
  gpc: {
    note: '브라우저가 글로벌 프라이버시 컨트롤 신호를 보내고 있어 허용되지 않았습니다. 그래도 직접 허용할 수 있습니다.',
  },
  receipt: {
    heading: '내 동의 영수증',
    download: '내 영수증 다운로드(JSON)',
    none: '아직 영수증이 없습니다.',
    decidedOn: '결정 일시: {{date}}',
    action: '작업',
    selfSigned: '이 브라우저가 서명했습니다. 기록이 변경되지 않았음을 증명하지만, 누가 작성했는지는 증명하지 않습니다.',
    hostSigned: '사이트의 키로 서명되었습니다.',
    verified: '서명이 확인되었습니다',
    notVerified: '서명을 확인할 수 없습니다',
    textShown: '표시된 텍스트 언어: {{language}}',
    needsHttps: '영수증을 발급하려면 보안(HTTPS) 페이지가 필요합니다. 선택 사항은 그대로 유효합니다.',
  },
  placeholder: {
    blocked: '‘{{purpose}}’ 항목을 허용하기 전까지 이 콘텐츠는 차단됩니다.',
    allow: '‘{{purpose}}’ 허용',
  },
  actions: {
    rejectAll: '모두 거부',
    save: '내 선택 저장',
    acceptAll: '모두 동의',
    group: '내 결정',
    withdraw: '철회',
    acceptAllExcludes_one: '{{purposes}} 항목은 ‘모두 동의’에 포함되지 않으므로 위에서 따로 선택하십시오.',
    acceptAllExcludes_other: '{{purposes}} 항목은 ‘모두 동의’에 포함되지 않으므로 위에서 각각 따로 선택하십시오.',
    close: '결정하지 않고 닫기',
  },
  status: {
    saved: '선택 사항이 저장되었습니다. 언제든지 변경할 수 있습니다.',
    loading: '동의 양식을 불러오는 중…',
  },
  errors: {
    invalidConfig: '설정이 잘못되어 이 동의 양식을 표시할 수 없습니다. 아무것도 기록되지 않았습니다.',
    loadFailed: '이 동의 양식을 불러오지 못했습니다. 아무것도 기록되지 않았습니다.',
  },
};

export default strings;
