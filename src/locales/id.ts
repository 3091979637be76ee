import type { UiStrings } from './en.js';

/** Bahasa Indonesia */
const strings: UiStrings = {
  heading: 'Pilihan Anda tentang data Anda',
  intro: {
    asker: '{{controller}} meminta persetujuan Anda.',
    contact: 'Kontak: {{contact}}',
    withdraw:
      'Anda dapat mengubah atau menarik persetujuan Anda kapan saja melalui “Pilihan privasi” di situs ini, semudah saat Anda memberikannya.',
    policy: 'Baca kebijakan privasi selengkapnya',
    decide_one: 'Tentukan pilihan Anda untuk {{count}} tujuan. Tidak ada yang diizinkan sampai Anda memilihnya.',
    decide_other:
      'Tentukan pilihan Anda untuk masing-masing dari {{count}} tujuan ini. Tidak ada yang diizinkan sampai Anda memilihnya.',
  },
  purpose: {
    necessary: 'Selalu aktif',
    necessaryNote:
      'Diperlukan untuk layanan yang Anda minta. Ini tidak bergantung pada persetujuan Anda, jadi tidak ada tombol pengalih.',
    separate: 'Memerlukan persetujuan terpisah dari Anda',
    allow: 'Izinkan',
    dataCategories: 'Data yang digunakan',
    recipients: 'Dibagikan kepada',
    retention: 'Disimpan selama',
  },
  language: {
    notice: 'Teks ini tidak tersedia dalam bahasa {{wanted}}, sehingga ditampilkan dalam bahasa {{shown}}.',
    menu: 'Bahasa',
    changed: 'Permintaan persetujuan ini sekarang ditampilkan dalam bahasa {{language}}.',
  },
  recipients: {
    show: 'Siapa yang menerima data ini',
    contact: 'Kontak',
  },
  glossary: {
    explain: 'Apa arti “{{term}}”?',
  },
  preferences: {
    open: 'Pilihan privasi',
    heading: 'Pilihan privasi Anda',
    current:
      'Pilihan Anda saat ini ditampilkan di bawah. Nonaktifkan suatu tujuan lalu simpan untuk menarik persetujuan Anda.',
    granted: 'Diizinkan',
    refused: 'Tidak diizinkan',
    forget: 'Lupakan pilihan saya',
  },
  reask: {
    intro: 'Ada yang berubah sejak terakhir kali Anda memutuskan, jadi kami bertanya lagi:',
    policy: 'kebijakan privasi memiliki versi baru',
    clause_one: 'teks dari {{count}} tujuan yang Anda setujui telah berubah',
    clause_other: 'teks dari {{count}} tujuan yang Anda setujui telah berubah',
    added_one: '{{count}} tujuan baru telah ditambahkan',
    added_other: '{{count}} tujuan baru telah ditambahkan',
    expired_one: 'keputusan terakhir Anda dibuat lebih dari {{count}} hari yang lalu',
    expired_other: 'keputusan terakhir Anda dibuat lebih dari {{count}} hari yang lalu',
    gpc: 'browser Anda kini mengirimkan sinyal Global Privacy Control, yang menolak penjualan atau pembagian data Anda',
  },
  gpc: {
    note: 'Tidak diizinkan karena browser Anda mengirimkan sinyal Global Privacy Control. Anda tetap dapat mengizinkannya sendiri.',
  },
  receipt: {
    heading: 'Tanda terima persetujuan Anda',
    download: 'Unduh tanda terima saya (JSON)',
    none: 'Belum ada tanda terima.',
    decidedOn: 'Diputuskan pada {{date}}',
    action: 'Tindakan',
    selfSigned:
      'Ditandatangani oleh browser ini. Tanda tangan ini membuktikan bahwa catatan tidak diubah, bukan siapa yang membuatnya.',
    hostSigned: 'Ditandatangani dengan kunci situs.',
    verified: 'Tanda tangan terverifikasi',
    notVerified: 'Tanda tangan tidak dapat diverifikasi',
    textShown: 'Teks ditampilkan dalam bahasa {{language}}',
    needsHttps: 'Tanda terima memerlukan halaman yang aman (HTTPS); pilihan Anda tetap berlaku.',
  },
  placeholder: {
    blocked: 'Konten ini diblokir sampai Anda mengizinkan “{{purpose}}”.',
    allow: 'Izinkan “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Tolak semua',
    save: 'Simpan pilihan saya',
    acceptAll: 'Terima semua',
    group: 'Keputusan Anda',
    withdraw: 'Tarik kembali',
    acceptAllExcludes_one:
      '“Terima semua” tidak mencakup {{purposes}}: tujuan ini memerlukan pilihan tersendiri di atas.',
    acceptAllExcludes_other:
      '“Terima semua” tidak mencakup {{purposes}}: masing-masing memerlukan pilihan tersendiri di atas.',
    close: 'Tutup tanpa memutuskan',
  },
  status: {
    saved: 'Pilihan Anda telah disimpan. Anda dapat mengubahnya kapan saja.',
    loading: 'Memuat formulir persetujuan…',
  },
  errors: {
    invalidConfig:
      'Formulir persetujuan ini tidak dapat ditampilkan karena pengaturannya salah. Tidak ada yang dicatat.',
    loadFailed: 'Formulir persetujuan ini tidak dapat dimuat. Tidak ada yang dicatat.',
  },
};

export default strings;
