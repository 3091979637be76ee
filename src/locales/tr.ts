import type { UiStrings } from './en.js';

/** Türkçe */
const strings: UiStrings = {
  heading: 'Verilerinizle ilgili seçimleriniz',
  intro: {
    asker: '{{controller}} onayınızı istiyor.',
    contact: 'İletişim: {{contact}}',
    withdraw:
      'Onayınızı, bu sitedeki “Gizlilik tercihleri” bölümünden istediğiniz zaman, verdiğiniz kadar kolay bir şekilde değiştirebilir veya geri çekebilirsiniz.',
    policy: 'Gizlilik politikasının tamamını okuyun',
    decide_one: '{{count}} amaç hakkında karar verin. Siz seçmedikçe hiçbir şeye izin verilmez.',
    decide_other: 'Bu {{count}} amacın her biri hakkında karar verin. Siz seçmedikçe hiçbir şeye izin verilmez.',
  },
  purpose: {
    necessary: 'Her zaman açık',
    necessaryNote:
      'Talep ettiğiniz hizmet için gereklidir. Onayınıza dayanmaz, bu nedenle açıp kapatma düğmesi yoktur.',
    separate: 'Ayrı bir onay vermeniz gerekir',
    allow: 'İzin ver',
    dataCategories: 'Kullanılan veriler',
    recipients: 'Paylaşıldığı taraflar',
    retention: 'Saklama süresi',
  },
  language: {
    notice: 'Bu metin {{wanted}} olarak mevcut değil. {{shown}} olarak gösteriliyor.',
    menu: 'Dil',
    changed: 'Bu pencere artık {{language}} olarak gösteriliyor.',
  },
  recipients: {
    show: 'Bu verileri kimler alıyor',
    contact: 'İletişim',
  },
  glossary: {
    explain: '“{{term}}” ne anlama geliyor?',
  },
  preferences: {
    open: 'Gizlilik tercihleri',
    heading: 'Gizlilik tercihleriniz',
    current: 'Mevcut seçimleriniz aşağıda gösterilmektedir. Onayınızı geri çekmek için bir amacı kapatıp kaydedin.',
    granted: 'İzin verildi',
    refused: 'İzin verilmedi',
    forget: 'Seçimlerimi unut',
  },
  reask: {
    intro: 'Son kararınızdan bu yana bir şey değişti, bu yüzden tekrar soruyoruz:',
    policy: 'gizlilik politikasının yeni bir sürümü var',
    clause_one: 'onay verdiğiniz {{count}} amacın metni değişti',
    clause_other: 'onay verdiğiniz {{count}} amacın metni değişti',
    added_one: '{{count}} yeni amaç eklendi',
    added_other: '{{count}} yeni amaç eklendi',
    expired_one: 'son kararınızın üzerinden {{count}} günden fazla geçti',
    expired_other: 'son kararınızın üzerinden {{count}} günden fazla geçti',
    gpc: 'tarayıcınız artık verilerinizin satılmasını veya paylaşılmasını reddeden bir Global Privacy Control sinyali gönderiyor',
  },
  gpc: {
    note: 'Tarayıcınız Global Privacy Control sinyali gönderdiği için izin verilmedi. Yine de kendiniz izin verebilirsiniz.',
  },
  receipt: {
    heading: 'Onay makbuzlarınız',
    download: 'Makbuzlarımı indir (JSON)',
    none: 'Henüz makbuz yok.',
    decidedOn: 'Karar tarihi: {{date}}',
    action: 'İşlem',
    selfSigned: 'Bu tarayıcı tarafından imzalandı. Kaydın değiştirilmediğini kanıtlar, kimin oluşturduğunu değil.',
    hostSigned: 'Sitenin anahtarıyla imzalandı.',
    verified: 'İmza doğrulandı',
    notVerified: 'İmza doğrulanamadı',
    textShown: 'Metnin gösterildiği dil: {{language}}',
    needsHttps: 'Makbuzlar için güvenli (HTTPS) bir sayfa gerekir; seçimleriniz yine de geçerlidir.',
  },
  placeholder: {
    blocked: 'Bu içerik, siz “{{purpose}}” için izin verene kadar engellenmiştir.',
    allow: '“{{purpose}}” için izin ver',
  },
  actions: {
    rejectAll: 'Tümünü reddet',
    save: 'Seçimlerimi kaydet',
    acceptAll: 'Tümünü kabul et',
    group: 'Kararınız',
    withdraw: 'Geri çek',
    acceptAllExcludes_one:
      '“Tümünü kabul et”, {{purposes}} amacını kapsamaz: bunun için yukarıda ayrıca seçim yapmanız gerekir.',
    acceptAllExcludes_other:
      '“Tümünü kabul et”, {{purposes}} amaçlarını kapsamaz: her biri için yukarıda ayrıca seçim yapmanız gerekir.',
    close: 'Karar vermeden kapat',
  },
  status: {
    saved: 'Seçimleriniz kaydedildi. Bunları istediğiniz zaman değiştirebilirsiniz.',
    loading: 'Onay formu yükleniyor…',
  },
  errors: {
    invalidConfig: 'Bu onay formu yanlış yapılandırıldığı için gösterilemiyor. Hiçbir şey kaydedilmedi.',
    loadFailed: 'Bu onay formu yüklenemedi. Hiçbir şey kaydedilmedi.',
  },
};

export default strings;
