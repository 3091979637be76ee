import type { UiStrings } from './en.js';

/** Bahasa Melayu */
const strings: UiStrings = {
  heading: 'Pilihan anda tentang data anda',
  intro: {
    asker: '{{controller}} meminta persetujuan anda.',
    contact: 'Hubungi: {{contact}}',
    withdraw:
      'Anda boleh menukar atau menarik balik persetujuan anda pada bila-bila masa melalui “Pilihan privasi” di laman ini, semudah anda memberikannya.',
    policy: 'Baca dasar privasi penuh',
    decide_one:
      'Buat keputusan bagi {{count}} tujuan ini. Tiada apa-apa yang dibenarkan sehingga anda sendiri memilihnya.',
    decide_other:
      'Buat keputusan bagi {{count}} tujuan ini. Tiada apa-apa yang dibenarkan sehingga anda sendiri memilihnya.',
  },
  purpose: {
    necessary: 'Sentiasa aktif',
    necessaryNote:
      'Diperlukan untuk perkhidmatan yang anda minta. Ia tidak bergantung pada persetujuan anda, jadi tiada suis.',
    separate: 'Memerlukan persetujuan berasingan anda',
    allow: 'Benarkan',
    dataCategories: 'Data yang digunakan',
    recipients: 'Dikongsi dengan',
    retention: 'Disimpan selama',
  },
  language: {
    notice: 'Teks ini tidak tersedia dalam bahasa {{wanted}}. Ia dipaparkan dalam bahasa {{shown}}.',
    menu: 'Bahasa',
    changed: 'Borang ini kini dipaparkan dalam bahasa {{language}}.',
  },
  recipients: {
    show: 'Siapa yang menerima data ini',
    contact: 'Hubungi',
  },
  glossary: {
    explain: 'Apakah maksud “{{term}}”?',
  },
  preferences: {
    open: 'Pilihan privasi',
    heading: 'Pilihan privasi anda',
    current:
      'Pilihan semasa anda ditunjukkan di bawah. Matikan sesuatu tujuan dan simpan untuk menarik balik persetujuan anda.',
    granted: 'Dibenarkan',
    refused: 'Tidak dibenarkan',
    forget: 'Lupakan pilihan saya',
  },
  reask: {
    intro: 'Ada perubahan sejak keputusan terakhir anda, jadi kami bertanya sekali lagi:',
    policy: 'dasar privasi mempunyai versi baharu',
    clause_one: 'teks bagi {{count}} tujuan yang anda persetujui telah berubah',
    clause_other: 'teks bagi {{count}} tujuan yang anda persetujui telah berubah',
    added_one: '{{count}} tujuan baharu telah ditambah',
    added_other: '{{count}} tujuan baharu telah ditambah',
    expired_one: 'keputusan terakhir anda sudah melebihi {{count}} hari',
    expired_other: 'keputusan terakhir anda sudah melebihi {{count}} hari',
    gpc: 'pelayar anda kini menghantar isyarat Global Privacy Control, yang menolak penjualan atau perkongsian data anda',
  },
  gpc: {
    note: 'Tidak dibenarkan kerana pelayar anda menghantar isyarat Global Privacy Control. Anda masih boleh membenarkannya sendiri.',
  },
  receipt: {
    heading: 'Resit persetujuan anda',
    download: 'Muat turun resit saya (JSON)',
    none: 'Belum ada resit.',
    decidedOn: 'Tarikh keputusan: {{date}}',
    action: 'Tindakan',
    selfSigned: 'Ditandatangani oleh pelayar ini. Ia membuktikan rekod tidak diubah, bukan siapa yang membuatnya.',
    hostSigned: 'Ditandatangani dengan kunci laman ini.',
    verified: 'Tandatangan disahkan',
    notVerified: 'Tandatangan tidak dapat disahkan',
    textShown: 'Teks dipaparkan dalam bahasa {{language}}',
    needsHttps: 'Resit memerlukan halaman selamat (HTTPS); pilihan anda tetap dikira.',
  },
  placeholder: {
    blocked: 'Kandungan ini disekat sehingga anda membenarkan “{{purpose}}”.',
    allow: 'Benarkan “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Tolak semua',
    save: 'Simpan pilihan saya',
    acceptAll: 'Terima semua',
    group: 'Keputusan anda',
    withdraw: 'Tarik balik',
    acceptAllExcludes_one: '“Terima semua” tidak merangkumi {{purposes}}: pilihan tersendiri perlu dibuat di atas.',
    acceptAllExcludes_other: '“Terima semua” tidak merangkumi {{purposes}}: pilihan tersendiri perlu dibuat di atas.',
    close: 'Tutup tanpa membuat keputusan',
  },
  status: {
    saved: 'Pilihan anda telah disimpan. Anda boleh menukarnya pada bila-bila masa.',
    loading: 'Memuatkan borang persetujuan…',
  },
  errors: {
    invalidConfig:
      'Borang persetujuan ini tidak dapat dipaparkan kerana tetapannya tidak betul. Tiada apa-apa yang direkodkan.',
    loadFailed: 'Borang persetujuan ini tidak dapat dimuatkan. Tiada apa-apa yang direkodkan.',
  },
};

export default strings;
