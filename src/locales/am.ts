import type { UiStrings } from './en.js';

/** አማርኛ */
const strings: UiStrings = {
  heading: 'ስለ መረጃዎ ያሉዎት ምርጫዎች',
  intro: {
    asker: '{{controller}} የእርስዎን ፈቃድ ይጠይቃል።',
    contact: 'አድራሻ፦ {{contact}}',
    withdraw: 'ፈቃድዎን በሰጡበት ቀላልነት፣ በዚህ ድረ ገጽ ላይ ካለው «የግላዊነት ምርጫዎች» በማንኛውም ጊዜ መቀየር ወይም ማንሳት ይችላሉ።',
    policy: 'ሙሉውን የግላዊነት መመሪያ ያንብቡ',
    decide_one: 'ስለ {{count}} ዓላማ ይወስኑ። እርስዎ እስኪመርጡት ድረስ ምንም ነገር አይፈቀድም።',
    decide_other: 'ከእነዚህ {{count}} ዓላማዎች በእያንዳንዱ ላይ ይወስኑ። እርስዎ እስኪመርጡት ድረስ ምንም ነገር አይፈቀድም።',
  },
  purpose: {
    necessary: 'ሁልጊዜ የበራ',
    necessaryNote: 'ለጠየቁት አገልግሎት አስፈላጊ ነው። በፈቃድዎ ላይ የተመሠረተ ስላልሆነ ማብሪያ ማጥፊያ የለውም።',
    separate: 'የተለየ ፈቃድዎን ይፈልጋል',
    allow: 'ፍቀድ',
    dataCategories: 'ጥቅም ላይ የሚውል መረጃ',
    recipients: 'የሚጋራላቸው',
    retention: 'የሚቀመጥበት ጊዜ',
  },
  language: {
    notice: 'ይህ ጽሑፍ በ{{wanted}} አይገኝም። በ{{shown}} ቀርቧል።',
    menu: 'ቋንቋ',
    changed: 'የፈቃድ ጥያቄው አሁን በ{{language}} ይታያል።',
  },
  recipients: {
    show: 'ይህን መረጃ የሚቀበሉት እነማን ናቸው',
    contact: 'አድራሻ',
  },
  glossary: {
    explain: '«{{term}}» ማለት ምን ማለት ነው?',
  },
  preferences: {
    open: 'የግላዊነት ምርጫዎች',
    heading: 'የእርስዎ የግላዊነት ምርጫዎች',
    current: 'የአሁኑ ምርጫዎችዎ ከዚህ በታች ይታያሉ። ፈቃድዎን ለማንሳት አንድን ዓላማ ያጥፉና ያስቀምጡ።',
    granted: 'ተፈቅዷል',
    refused: 'አልተፈቀደም',
    forget: 'ምርጫዎቼን እርሳ',
  },
  reask: {
    intro: 'ለመጨረሻ ጊዜ ከወሰኑ በኋላ አንድ ነገር ስለተቀየረ እንደገና እንጠይቃለን፦',
    policy: 'የግላዊነት መመሪያው አዲስ እትም ወጥቷል',
    clause_one: 'የተስማሙበት የ{{count}} ዓላማ ጽሑፍ ተቀይሯል',
    clause_other: 'የተስማሙባቸው የ{{count}} ዓላማዎች ጽሑፍ ተቀይሯል',
    added_one: '{{count}} አዲስ ዓላማ ታክሏል',
    added_other: '{{count}} አዲስ ዓላማዎች ታክለዋል',
    expired_one: 'የመጨረሻ ውሳኔዎን ከሰጡ ከ{{count}} ቀን በላይ ሆኗል',
    expired_other: 'የመጨረሻ ውሳኔዎን ከሰጡ ከ{{count}} ቀናት በላይ ሆኗል',
    gpc: 'አሳሽዎ አሁን የግሎባል ፕራይቬሲ ኮንትሮል ምልክት ይልካል፤ ይህም የውሂብዎን መሸጥ ወይም ማጋራት ይከለክላል',
  },
  gpc: {
    note: 'አሳሽዎ የግሎባል ፕራይቬሲ ኮንትሮል ምልክት ስለሚልክ አልተፈቀደም። አሁንም ራስዎ መፍቀድ ይችላሉ።',
  },
  receipt: {
    heading: 'የእርስዎ የፈቃድ ደረሰኞች',
    download: 'ደረሰኞቼን አውርድ (JSON)',
    none: 'እስካሁን ምንም ደረሰኝ የለም።',
    decidedOn: 'የተወሰነበት ቀን፦ {{date}}',
    action: 'ድርጊት',
    selfSigned: 'በዚህ አሳሽ የተፈረመ። መዝገቡ እንዳልተቀየረ ያረጋግጣል፤ ማን እንደፈጠረው ግን አያረጋግጥም።',
    hostSigned: 'በድረ ገጹ ቁልፍ የተፈረመ።',
    verified: 'ፊርማው ተረጋግጧል',
    notVerified: 'ፊርማውን ማረጋገጥ አልተቻለም',
    textShown: 'ጽሑፉ በ{{language}} ታይቷል',
    needsHttps: 'ደረሰኞች ደህንነቱ የተጠበቀ (HTTPS) ገጽ ያስፈልጋቸዋል፤ ምርጫዎችዎ ግን አሁንም የጸኑ ናቸው።',
  },
  placeholder: {
    blocked: '«{{purpose}}»ን እስኪፈቅዱ ድረስ ይህ ይዘት ታግዷል።',
    allow: '«{{purpose}}»ን ፍቀድ',
  },
  actions: {
    rejectAll: 'ሁሉንም ውድቅ አድርግ',
    save: 'ምርጫዎቼን አስቀምጥ',
    acceptAll: 'ሁሉንም ተቀበል',
    group: 'የእርስዎ ውሳኔ',
    withdraw: 'ፈቃዴን አንሳ',
    acceptAllExcludes_one: '{{purposes}} በ«ሁሉንም ተቀበል» ውስጥ አልተካተተም፤ ከላይ የራሱ ምርጫ ያስፈልገዋል።',
    acceptAllExcludes_other: '{{purposes}} በ«ሁሉንም ተቀበል» ውስጥ አልተካተቱም፤ እያንዳንዳቸው ከላይ የራሳቸው ምርጫ ያስፈልጋቸዋል።',
    close: 'ሳልወስን ዝጋ',
  },
  status: {
    saved: 'ምርጫዎችዎ ተቀምጠዋል። በማንኛውም ጊዜ ሊቀይሯቸው ይችላሉ።',
    loading: 'የፈቃድ ቅጹ በመጫን ላይ ነው…',
  },
  errors: {
    invalidConfig: 'ይህ የፈቃድ ቅጽ በትክክል ስላልተዋቀረ ሊታይ አይችልም። ምንም ነገር አልተመዘገበም።',
    loadFailed: 'ይህ የፈቃድ ቅጽ ሊጫን አልቻለም። ምንም ነገር አልተመዘገበም።',
  },
};

export default strings;
